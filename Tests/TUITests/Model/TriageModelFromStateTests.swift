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

    @Test("A store state at 200×60 (wide) and 80×24 (narrow)", arguments: [Size(width: 200, height: 60), Size(width: 80, height: 24)])
    func screens(size: Size) {
        let model = TriageModel(state: openedState(width: size.width, height: size.height), timeZone: SampleData.utc)
        assertSnapshot(of: RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: size),
                       named: "store-opened-\(size)")
    }
}
