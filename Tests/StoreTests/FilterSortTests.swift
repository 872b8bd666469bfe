import Foundation
import GerritModel
import Testing
@testable import Store

@Suite struct FilterSortTests {
    let changes = [
        change(1, project: "nova", subject: "Fix resize", updated: t0.addingTimeInterval(-300), created: t0.addingTimeInterval(-900)),
        change(2, project: "neutron", subject: "Add DVR scheduling", updated: t0.addingTimeInterval(-100), created: t0.addingTimeInterval(-9_000)),
        change(3, project: "nova", subject: "Use os_command_line", owner: bob, updated: t0.addingTimeInterval(-200), created: t0.addingTimeInterval(-500)),
    ]

    func loaded() -> TestStore {
        var state = makeState()
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, changes, at: t0))
        return TestStore(state)
    }

    @Test func theFilterNarrowsAsYouTypeAndEscClearsIt() {
        var store = loaded()
        store.send(.commandInvoked(.filter)) { $0.isEditingFilter = true }
        store.send(.filterTextChanged("n")) { $0.tabs[0].filter = "n" }
        store.send(.filterTextChanged("neu")) {
            $0.tabs[0].filter = "neu"
            $0.tabs[0].selection = 2
        }
        #expect(store.state.rows.map(\.number) == [2])
        #expect(store.state.statusBar.listInfo == "filter: neu")
        store.send(.filterCancelled) {
            $0.isEditingFilter = false
            $0.tabs[0].filter = ""
            $0.tabs[0].selectionIndex = 1
        }
        #expect(store.state.rows.map(\.number) == [1, 2, 3])
    }

    @Test func theFilterMatchesOwnersAndNumbersAndIsKeptPerTab() {
        var store = loaded()
        store.send(.commandInvoked(.filter)) { $0.isEditingFilter = true }
        store.send(.filterTextChanged("BOB")) { $0.tabs[0].filter = "BOB"; $0.tabs[0].selection = 3 }
        store.send(.filterCommitted) { $0.isEditingFilter = false }
        #expect(store.state.rows.map(\.number) == [3])
        store.send(.filterTextChanged("2")) { $0.tabs[0].filter = "2"; $0.tabs[0].selection = 2 }
        // Esc with nothing else open clears an applied filter.
        store.send(.commandInvoked(.back)) { $0.tabs[0].filter = ""; $0.tabs[0].selectionIndex = 1 }
    }

    @Test func sortCyclesThroughEveryOrderAndKeepsTheSelection() {
        var store = loaded()
        store.send(.commandInvoked(.moveDown, argument: "2")) { $0.tabs[0].selection = 3; $0.tabs[0].selectionIndex = 2 }
        store.send(.commandInvoked(.sort)) { $0.tabs[0].sort = .updated; $0.tabs[0].selectionIndex = 1 }
        #expect(store.state.rows.map(\.number) == [2, 3, 1])
        store.send(.commandInvoked(.sort)) { $0.tabs[0].sort = .oldest; $0.tabs[0].selectionIndex = 2 }
        #expect(store.state.rows.map(\.number) == [2, 1, 3])
        store.send(.commandInvoked(.sort)) { $0.tabs[0].sort = .project; $0.tabs[0].selectionIndex = 2 }
        #expect(store.state.rows.map(\.number) == [2, 1, 3])
        store.send(.commandInvoked(.sort)) { $0.tabs[0].sort = .number; $0.tabs[0].selectionIndex = 0 }
        #expect(store.state.rows.map(\.number) == [3, 2, 1])
        #expect(store.state.statusBar.listInfo == "sorted by number")
        store.send(.commandInvoked(.sort)) { $0.tabs[0].sort = .server; $0.tabs[0].selectionIndex = 2 }
    }
}
