import Foundation
import GerritModel
import GerritTestSupport
import Store
import Testing
import TUI

@Suite("The screen model comes from the store's state through its selectors")
struct TriageModelFromStateTests {
    /// A state the way the store reaches it: launched, a query answered, a change opened.
    func openedState(width: Int, height: Int) -> AppState {
        var state = AppState(serverName: "review.example.org", user: "demo",
                             tabs: [TabSpec(id: "open", title: "Open", query: .status("open")),
                                    TabSpec(id: "nova", title: "Nova", query: .project("openstack/nova"))],
                             classifierSettings: SampleData.people, now: SampleData.now)
        _ = reduce(&state, .resized(width: width, height: height))
        _ = reduce(&state, .queryFinished(QueryID(GerritQuery.status("open").rendered), SampleData.changes, at: SampleData.now))
        _ = reduce(&state, .commandInvoked(.open))
        _ = reduce(&state, .changeDetailLoaded(SampleData.first, at: SampleData.now))
        return state
    }

    @Test("Rows, tabs, focus and the opened change")
    func fields() {
        let state = openedState(width: 80, height: 24)
        let model = TriageModel(state: state, timeZone: SampleData.utc)
        #expect(model.rows.map(\.number) == SampleData.changes.map(\.number))
        #expect(model.selectedRow == 0)
        #expect(model.tabs.map(\.title) == ["Open", "Nova"])
        #expect(model.tabs.first?.count == 4 && model.tabs.last?.count == nil)
        #expect(model.focus == .detail)
        #expect(model.detail?.number == 87329 && model.detailIsFull)
        #expect(model.status.server == "review.example.org")
    }

    /// The model holds only the rows a screen can show; the frame still counts every row out
    /// of sight, above and below (it said "↓ 5 more" over a list of 2,100).
    @Test("A long list's frame counts every row out of sight")
    func longListCounts() throws {
        var state = AppState(serverName: "review.example.org", user: "demo",
                             tabs: [TabSpec(id: "open", title: "Open", query: .status("open"))],
                             classifierSettings: SampleData.people, now: SampleData.now)
        _ = reduce(&state, .resized(width: 80, height: 24))
        let template = try #require(SampleData.changes.first)
        let many = (1...300).map { offset -> Change in
            var change = template
            change.number = 10_000 - offset
            return change
        }
        _ = reduce(&state, .queryFinished(QueryID(GerritQuery.status("open").rendered), many, at: SampleData.now))
        let size = Size(width: 80, height: 24)
        func frameText() -> String {
            let model = TriageModel(state: state, timeZone: SampleData.utc)
            let screen = RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: size)
            return (0..<size.height).map { y in (0..<size.width).map { screen[$0, y].text }.joined() }.joined(separator: "\n")
        }
        let model = TriageModel(state: state, timeZone: SampleData.utc)
        #expect(model.rowsAbove == 0 && model.rows.count + model.rowsBelow == 300)
        let shownRows = state.listViewportRows
        #expect(frameText().contains("↓ \(300 - shownRows) more"), "\(frameText())")
        // Paged down twice: the rows above count as well, and the two counts add up.
        _ = reduce(&state, .commandInvoked(.pageDown))
        _ = reduce(&state, .commandInvoked(.pageDown))
        let scrolled = try #require(state.currentTabState?.scroll)
        #expect(scrolled > 0)
        let text = frameText()
        #expect(text.contains("↑ \(scrolled) more"), "\(text)")
        #expect(text.contains("↓ \(300 - scrolled - shownRows) more"), "\(text)")
    }

    @Test("A store state at 200×60 (wide) and 80×24 (narrow)", arguments: [Size(width: 200, height: 60), Size(width: 80, height: 24)])
    func screens(size: Size) {
        let model = TriageModel(state: openedState(width: size.width, height: size.height), timeZone: SampleData.utc)
        assertSnapshot(of: RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: size),
                       named: "store-opened-\(size)")
    }
}
