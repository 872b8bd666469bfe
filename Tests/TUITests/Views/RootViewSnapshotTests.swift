import Config
import GerritTestSupport
import Store
import Testing
import TUI

/// Golden screens of every pane at the four sizes the issue names (text and styles).
@Suite("Triage screen golden snapshots")
struct RootViewSnapshotTests {
    static let sizes = [Size(width: 200, height: 60), Size(width: 120, height: 40),
                        Size(width: 80, height: 24), Size(width: 40, height: 12)]

    func render(_ model: TriageModel, _ size: Size) -> Screen {
        RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: size)
    }

    @Test("List pane", arguments: sizes)
    func list(size: Size) {
        assertSnapshot(of: render(SampleData.model(focus: .list), size), named: "list-\(size)")
    }

    @Test("Change detail pane", arguments: sizes)
    func detail(size: Size) {
        assertSnapshot(of: render(SampleData.model(focus: .detail), size), named: "detail-\(size)")
    }

    @Test("Comment threads, bots hidden", arguments: sizes)
    func comments(size: Size) {
        assertSnapshot(of: render(SampleData.model(focus: .comments), size), named: "comments-\(size)")
    }

    @Test("Comment threads with bots shown", arguments: [Size(width: 80, height: 24)])
    func commentsWithBots(size: Size) {
        assertSnapshot(of: render(SampleData.model(focus: .comments, showBots: true), size), named: "comments-bots-\(size)")
    }

    @Test("Watch feed", arguments: sizes)
    func watch(size: Size) {
        assertSnapshot(of: render(SampleData.model(focus: .watch), size), named: "watch-\(size)")
    }

    @Test("Help overlay", arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func help(size: Size) {
        assertSnapshot(of: render(SampleData.model(overlay: .help), size), named: "help-\(size)")
    }

    @Test("Command palette", arguments: [Size(width: 80, height: 24)])
    func palette(size: Size) {
        // The list is the store's: "ap" finds approve, the approvable tab and what spells it.
        var state = AppState(serverName: "demo", user: "demo", tabs: TabSpec.tabs(from: .defaults(home: "/h"), me: "demo"),
                             classifierSettings: SampleData.people, now: SampleData.now)
        state.overlay = .palette(input: "ap", selection: 1)
        var model = SampleData.model(overlay: state.overlay)
        model.paletteCompletions = state.paletteCompletions
        #expect(model.paletteCompletions.prefix(2).map(\.title) == ["approve", "tab approvable"])
        assertSnapshot(of: render(model, size), named: "palette-\(size)")
    }

    @Test("A review waiting for confirmation")
    func confirmation() {
        var model = SampleData.model(focus: .detail)
        model.confirmation = "Post Code-Review +2 on 87329,3?"
        assertSnapshot(of: render(model, Size(width: 80, height: 24)), named: "confirm-80x24")
    }

    @Test("Filter being typed, and the connection down")
    func filterOffline() {
        var model = SampleData.model()
        model.isEditingFilter = true
        model.filter = "nova"
        model.rows = model.rows.filter { $0.project.contains("nova") }
        model.tabs[0].filteredCount = model.rows.count
        model.status.connection = "offline · retry in 12 s"
        model.status.connectionTone = .bad
        model.status.connectionDetail = "review.example.org:29418: connection refused"
        assertSnapshot(of: render(model, Size(width: 120, height: 40)), named: "filter-offline-120x40")
    }

    @Test("Terminal too small")
    func tooSmall() {
        let screen = render(SampleData.model(), Size(width: 39, height: 11))
        assertScreen(screen, matches: [
            "", "", "", "",
            "          Terminal too small",
            "           39×11, need 40×12",
            "                q quits",
            "", "", "", "",
        ])
    }
}
