import Foundation
import GerritModel
import Testing
@testable import Store

/// Moving the cursor, paging, and keeping the cursor on its change while the list changes.
@Suite struct SelectionTests {
    /// A loaded "nova" tab with changes 1...count in that order, 10 rows visible.
    func loaded(count: Int, viewport: Int = 10) -> TestStore {
        var state = makeState()
        state.listViewportRows = viewport
        let changes = (1...count).map { change($0, updated: t0.addingTimeInterval(-Double($0) * 60)) }
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, changes, at: t0))
        return TestStore(state)
    }

    @Test func movingIsClampedToTheListAndScrollsOnlyToKeepTheCursorVisible() {
        var store = loaded(count: 25)
        #expect(store.state.tabs[0].selection == 1)
        store.send(.commandInvoked(.moveUp))
        store.send(.commandInvoked(.moveDown)) { $0.tabs[0].selection = 2; $0.tabs[0].selectionIndex = 1 }
        store.send(.commandInvoked(.moveDown, argument: "8")) { $0.tabs[0].selection = 10; $0.tabs[0].selectionIndex = 9 }
        store.send(.commandInvoked(.moveDown)) {
            $0.tabs[0].selection = 11; $0.tabs[0].selectionIndex = 10; $0.tabs[0].scroll = 1
        }
        store.send(.commandInvoked(.pageDown)) { $0.tabs[0].selection = 21; $0.tabs[0].selectionIndex = 20; $0.tabs[0].scroll = 11 }
        store.send(.commandInvoked(.pageDown)) { $0.tabs[0].selection = 25; $0.tabs[0].selectionIndex = 24; $0.tabs[0].scroll = 15 }
        store.send(.commandInvoked(.pageUp)) { $0.tabs[0].selection = 15; $0.tabs[0].selectionIndex = 14; $0.tabs[0].scroll = 14 }
        store.send(.commandInvoked(.first)) { $0.tabs[0].selection = 1; $0.tabs[0].selectionIndex = 0; $0.tabs[0].scroll = 0 }
        store.send(.commandInvoked(.last)) { $0.tabs[0].selection = 25; $0.tabs[0].selectionIndex = 24; $0.tabs[0].scroll = 15 }
        store.send(.rowClicked(change: 20)) { $0.tabs[0].selection = 20; $0.tabs[0].selectionIndex = 19 }
        #expect(store.state.rows.filter(\.isSelected).map(\.number) == [20])
    }

    @Test func theViewportComesFromTheTerminalSizeOrTheListPane() {
        var store = loaded(count: 40)
        // Wide enough for list and detail side by side: the detail follows the cursor.
        store.send(.resized(width: 150, height: 30), effects: [.prefetchChangeDetail(number: 1, options: .everything, delay: 0.2)]) {
            $0.size = TerminalSize(width: 150, height: 30)
            $0.listViewportRows = 25
            $0.detail = DetailState(number: 1, loading: true)
        }
        #expect(store.state.isWide)
        store.send(.listViewportChanged(rows: 12)) { $0.listViewportRows = 12 }
        store.send(.commandInvoked(.pageDown), effects: [.prefetchChangeDetail(number: 13, options: .everything, delay: 0.2)]) {
            $0.tabs[0].selection = 13; $0.tabs[0].selectionIndex = 12; $0.tabs[0].scroll = 1
            $0.detail = DetailState(number: 13, loading: true)
        }
    }

    @Test func anEventThatReordersTheListKeepsTheSelectedChangeOnTheSameScreenRow() {
        var store = loaded(count: 25)
        store.send(.commandInvoked(.sort)) { $0.tabs[0].sort = .updated }
        store.send(.commandInvoked(.moveDown, argument: "12")) { $0.tabs[0].selection = 13; $0.tabs[0].selectionIndex = 12; $0.tabs[0].scroll = 3 }
        // Change 20 (below the cursor) gets a comment: it jumps to the top of the "updated" order.
        let at = t0.addingTimeInterval(30)
        let event = commentAdded(20, by: bob, at: at)
        store.send(.eventFeed(.event(event), at: at)) {
            $0.now = at
            $0.watch.append(watchEntry(event, at: at, known: $0.changes[20]))
            var updated = $0.changes[20]!
            updated.lastUpdated = at
            updated.project = "nova"
            updated.comments = [ChangeMessage(timestamp: at, reviewer: bob, message: "Looks good")]
            $0.changes[20] = updated
            $0.categories[20] = classified(updated, at: at)
            $0.unread = [20]
            // 13 moved from index 12 to 13; the view scrolled with it: still 10th line on screen.
            $0.tabs[0].selectionIndex = 13
            $0.tabs[0].scroll = 4
        }
        #expect(store.state.rows.first?.number == 20)
        #expect(store.state.rows.first?.isUnread == true)
    }

    @Test func whenTheSelectedChangeLeavesTheCursorStaysAtItsIndex() {
        var store = loaded(count: 5)
        store.send(.commandInvoked(.moveDown, argument: "2")) { $0.tabs[0].selection = 3; $0.tabs[0].selectionIndex = 2 }
        let fewer = [1, 2, 4, 5].map { change($0, updated: t0.addingTimeInterval(-Double($0) * 60)) }
        let at = t0.addingTimeInterval(60)
        store.send(.queryFinished(plainTab("nova").queryID, fewer, at: at)) {
            expectLoaded(&$0, plainTab("nova").queryID, fewer, at: at)
            $0.tabs[0].selection = 4
        }
        // Everything left: nothing selected, and the next result selects its first row again.
        store.send(.queryFinished(plainTab("nova").queryID, [], at: at)) {
            expectLoaded(&$0, plainTab("nova").queryID, [], at: at)
            $0.tabs[0].selection = nil
            $0.tabs[0].selectionIndex = 0
        }
        store.send(.commandInvoked(.moveDown))
    }

    @Test func theMouseWheelScrollsAndDragsTheCursorAlong() {
        var store = loaded(count: 30)
        store.send(.wheelScrolled(by: 3)) {
            $0.tabs[0].scroll = 3; $0.tabs[0].selection = 4; $0.tabs[0].selectionIndex = 3
        }
        store.send(.wheelScrolled(by: 100)) {
            $0.tabs[0].scroll = 20; $0.tabs[0].selection = 21; $0.tabs[0].selectionIndex = 20
        }
        store.send(.wheelScrolled(by: -100)) {
            $0.tabs[0].scroll = 0; $0.tabs[0].selection = 10; $0.tabs[0].selectionIndex = 9
        }
    }
}
