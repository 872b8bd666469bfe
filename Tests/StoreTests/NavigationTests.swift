import Foundation
import GerritModel
import Testing
@testable import Store

/// Panes, routes for narrow layouts, Esc, overlays and the palette.
@Suite struct NavigationTests {
    func loaded(width: Int = 80) -> TestStore {
        var state = makeState(width: width)
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1), change(2)], at: t0))
        return TestStore(state)
    }

    @Test func enterOpensTheDetailThenTheCommentsAndEscWalksBack() {
        var store = loaded()
        store.send(.open, effects: [.loadChangeDetail(number: 1, options: .everything)]) {
            $0.focus = .detail
            $0.history = [.list]
            $0.detail = DetailState(number: 1, loading: true)
        }
        var full = change(1)
        full.comments = [ChangeMessage(timestamp: t0, reviewer: bob, message: "Patch Set 1: Code-Review+1\n\nNice")]
        store.send(.changeDetailLoaded(full, at: t0)) {
            $0.detail = DetailState(number: 1, change: full)
        }
        #expect(store.state.selectedChange == full)
        store.send(.open) { $0.focus = .comments; $0.history = [.list, .detail] }
        store.send(.back) { $0.focus = .detail; $0.history = [.list] }
        store.send(.back) { $0.focus = .list; $0.history = [] }
        // A late answer for another change does not replace what is open.
        store.send(.changeDetailLoaded(change(2), at: t0))
    }

    @Test func tabCyclesPanesAndTheDetailFollowsTheSelection() {
        var store = loaded(width: 160)
        // Wide: the detail already shows the selected change and is fetching its full record.
        #expect(store.state.detail == DetailState(number: 1, loading: true))
        store.send(.focusNext) { $0.focus = .detail }
        store.send(.focusNext) { $0.focus = .comments }
        store.send(.focusNext) { $0.focus = .watch }
        store.send(.focusNext) { $0.focus = .list }
        store.send(.moveSelection(by: 1), effects: [.prefetchChangeDetail(number: 2, options: .everything, delay: 0.2)]) {
            $0.tabs[0].selection = 2
            $0.tabs[0].selectionIndex = 1
            $0.detail = DetailState(number: 2, loading: true)
        }
        store.send(.focusPrevious) { $0.focus = .watch }
        store.send(.focus(.detail)) { $0.focus = .detail }
        let failure = "review.example.org: change 2 was not found"
        store.send(.changeDetailFailed(number: 2, message: failure, at: t0)) {
            $0.detail = DetailState(number: 2, error: failure)
        }
        // Narrow: the detail is fetched when it is opened, not while walking the list.
        var narrow = self.loaded(width: 80)
        narrow.send(.moveSelection(by: 1)) { $0.tabs[0].selection = 2; $0.tabs[0].selectionIndex = 1 }
        narrow.send(.focus(.detail), effects: [.loadChangeDetail(number: 2, options: .everything)]) {
            $0.focus = .detail
            $0.detail = DetailState(number: 2, loading: true)
        }
    }

    @Test func escClosesOverlaysBeforeAnythingElse() {
        var store = loaded()
        store.send(.open, effects: [.loadChangeDetail(number: 1, options: .everything)]) {
            $0.focus = .detail; $0.history = [.list]; $0.detail = DetailState(number: 1, loading: true)
        }
        store.send(.showHelp) { $0.overlay = .help }
        store.send(.back) { $0.overlay = .none }
        store.send(.paletteOpened) { $0.overlay = .palette(input: "") }
        store.send(.paletteInputChanged("ref")) { $0.overlay = .palette(input: "ref") }
        store.send(.back) { $0.overlay = .none }
        store.send(.back) { $0.focus = .list; $0.history = [] }
        store.send(.back)
    }

    @Test func thePaletteRunsCommandsAndSaysWhenItDoesNotKnowOne() {
        let tabs = [plainTab("nova"), TabSpec.todo(.approvable, me: "demo")]
        var store = TestStore(makeState(tabs: tabs))
        store.send(.paletteOpened) { $0.overlay = .palette(input: "") }
        store.send(.paletteInputChanged("approvable")) { $0.overlay = .palette(input: "approvable") }
        store.send(.paletteSubmitted) { $0.overlay = .none; $0.currentTab = 1 }
        store.send(.paletteOpened) { $0.overlay = .palette(input: "") }
        store.send(.paletteInputChanged("tab 1")) { $0.overlay = .palette(input: "tab 1") }
        store.send(.paletteSubmitted) { $0.overlay = .none; $0.currentTab = 0 }
        store.send(.paletteOpened) { $0.overlay = .palette(input: "") }
        store.send(.paletteInputChanged("frobnicate")) { $0.overlay = .palette(input: "frobnicate") }
        store.send(.paletteSubmitted) {
            $0.overlay = .none
            $0.messages = [StatusMessage(text: "Unknown command: frobnicate (press ? for help)", kind: .error,
                                         expires: t0.addingTimeInterval(5))]
        }
        store.send(.paletteOpened) { $0.overlay = .palette(input: "") }
        store.send(.paletteInputChanged("refresh")) { $0.overlay = .palette(input: "refresh") }
        store.send(.paletteSubmitted, effects: [
            .query(id: tabs[0].queryID, query: tabs[0].query, options: AppState.listOptions),
            .query(id: tabs[1].queryID, query: tabs[1].query, options: AppState.listOptions),
        ]) {
            $0.overlay = .none
            $0.inFlightQueries = [tabs[0].queryID, tabs[1].queryID]
        }
        store.send(.paletteOpened) { $0.overlay = .palette(input: "") }
        store.send(.paletteInputChanged("q")) { $0.overlay = .palette(input: "q") }
        store.send(.paletteSubmitted, effects: [.quit]) { $0.overlay = .none; $0.isQuitting = true }
    }

    @Test func narrowAndWideLayoutsFollowTheWidthUnlessConfigured() {
        var state = makeState(width: 139)
        #expect(!state.isWide)
        state.size.width = 140
        #expect(state.isWide)
        state.layoutPreference = .narrow
        #expect(!state.isWide)
    }
}

@Suite struct PaneMovementTests {
    @Test func movementKeysActOnTheFocusedPane() {
        var state = makeState()
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1), change(2)], at: t0))
        for number in [1, 2] {
            _ = reduce(&state, .eventFeed(.event(commentAdded(number, by: bob, at: t0)), at: t0))
        }
        var store = TestStore(state)
        store.send(.focus(.watch)) { $0.focus = .watch }
        // The watch cursor starts at the newest entry.
        store.send(.moveSelection(by: -1)) { $0.watchSelection = 1 }
        store.send(.selectLast) { $0.watchSelection = 2 }
        store.send(.moveSelection(by: 5)) { $0.watchSelection = 2 }
        #expect(store.state.selectedWatchEntry?.change == 2)
        store.send(.open, effects: [.loadChangeDetail(number: 2, options: .everything)]) {
            $0.focus = .detail
            $0.history = [.watch]
            $0.detail = DetailState(number: 2, loading: true)
            $0.unread = [1]
        }
        store.send(.pageDown) { $0.detail?.commentScroll = 19 }
        store.send(.moveSelection(by: -25)) { $0.detail?.commentScroll = 0 }
        store.send(.moveSelection(by: 3)) { $0.detail?.commentScroll = 3 }
        store.send(.selectFirst) { $0.detail?.commentScroll = 0 }
        store.send(.back) { $0.focus = .watch; $0.history = [] }
        // The list cursor did not move meanwhile.
        #expect(store.state.tabs[0].selection == 1)
    }
}
