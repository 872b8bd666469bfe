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
        store.send(.commandInvoked(.open), effects: [.loadChangeDetail(number: 1, options: .everything)]) {
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
        store.send(.commandInvoked(.open)) { $0.focus = .comments; $0.history = [.list, .detail] }
        store.send(.commandInvoked(.back)) { $0.focus = .detail; $0.history = [.list] }
        store.send(.commandInvoked(.back)) { $0.focus = .list; $0.history = [] }
        // A late answer for another change does not replace what is open.
        store.send(.changeDetailLoaded(change(2), at: t0))
    }

    @Test func tabCyclesPanesAndTheDetailFollowsTheSelection() {
        var store = loaded(width: 160)
        // Wide: the detail already shows the selected change and is fetching its full record.
        #expect(store.state.detail == DetailState(number: 1, loading: true))
        store.send(.commandInvoked(.nextPane)) { $0.focus = .detail }
        store.send(.commandInvoked(.nextPane)) { $0.focus = .comments }
        store.send(.commandInvoked(.nextPane)) { $0.focus = .watch }
        store.send(.commandInvoked(.nextPane)) { $0.focus = .list }
        store.send(.commandInvoked(.moveDown), effects: [.prefetchChangeDetail(number: 2, options: .everything, delay: 0.2)]) {
            $0.tabs[0].selection = 2
            $0.tabs[0].selectionIndex = 1
            $0.detail = DetailState(number: 2, loading: true)
        }
        store.send(.commandInvoked(.previousPane)) { $0.focus = .watch }
        store.send(.paneClicked(.detail)) { $0.focus = .detail }
        let failure = "review.example.org: change 2 was not found"
        store.send(.changeDetailFailed(number: 2, message: failure, at: t0)) {
            $0.detail = DetailState(number: 2, error: failure)
        }
        // Narrow: the detail is fetched when it is opened, not while walking the list.
        var narrow = self.loaded(width: 80)
        narrow.send(.commandInvoked(.moveDown)) { $0.tabs[0].selection = 2; $0.tabs[0].selectionIndex = 1 }
        narrow.send(.paneClicked(.detail), effects: [.loadChangeDetail(number: 2, options: .everything)]) {
            $0.focus = .detail
            $0.detail = DetailState(number: 2, loading: true)
        }
    }

    @Test func escClosesOverlaysBeforeAnythingElse() {
        var store = loaded()
        store.send(.commandInvoked(.open), effects: [.loadChangeDetail(number: 1, options: .everything)]) {
            $0.focus = .detail; $0.history = [.list]; $0.detail = DetailState(number: 1, loading: true)
        }
        store.send(.commandInvoked(.help)) { $0.overlay = .help }
        store.send(.commandInvoked(.back)) { $0.overlay = .none }
        store.send(.commandInvoked(.commandPalette)) { $0.overlay = .palette(input: "", selection: 0) }
        store.send(.paletteTextChanged("ref")) { $0.overlay = .palette(input: "ref", selection: 0) }
        store.send(.commandInvoked(.back)) { $0.overlay = .none }
        store.send(.commandInvoked(.back)) { $0.focus = .list; $0.history = [] }
        store.send(.commandInvoked(.back))
    }

    @Test func thePaletteRunsCommandsAndSaysWhenItDoesNotKnowOne() {
        let tabs = [plainTab("nova"), TabSpec.todo(.approvable, me: "demo")]
        var store = TestStore(makeState(tabs: tabs))
        store.send(.commandInvoked(.commandPalette)) { $0.overlay = .palette(input: "", selection: 0) }
        store.send(.paletteTextChanged("approvable")) { $0.overlay = .palette(input: "approvable", selection: 0) }
        store.send(.paletteSubmitted) { $0.overlay = .none; $0.currentTab = 1 }
        store.send(.commandInvoked(.commandPalette)) { $0.overlay = .palette(input: "", selection: 0) }
        store.send(.paletteTextChanged("tab 1")) { $0.overlay = .palette(input: "tab 1", selection: 0) }
        store.send(.paletteSubmitted) { $0.overlay = .none; $0.currentTab = 0 }
        store.send(.commandInvoked(.commandPalette)) { $0.overlay = .palette(input: "", selection: 0) }
        store.send(.paletteTextChanged("frobnicate")) { $0.overlay = .palette(input: "frobnicate", selection: 0) }
        store.send(.paletteSubmitted) {
            $0.overlay = .none
            $0.messages = [StatusMessage(text: "Unknown command \"frobnicate\"; closest: filter, first, submit (? lists every key)",
                                         kind: .error, expires: t0.addingTimeInterval(5))]
        }
        store.send(.commandInvoked(.commandPalette)) { $0.overlay = .palette(input: "", selection: 0) }
        store.send(.paletteTextChanged("refresh")) { $0.overlay = .palette(input: "refresh", selection: 0) }
        store.send(.paletteSubmitted, effects: [
            .query(id: tabs[0].queryID, query: tabs[0].query, options: AppState.listOptions),
            .query(id: tabs[1].queryID, query: tabs[1].query, options: AppState.listOptions),
        ]) {
            $0.overlay = .none
            $0.inFlightQueries = [tabs[0].queryID, tabs[1].queryID]
        }
        store.send(.commandInvoked(.commandPalette)) { $0.overlay = .palette(input: "", selection: 0) }
        store.send(.paletteTextChanged("q")) { $0.overlay = .palette(input: "q", selection: 0) }
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

@Suite struct WatchWindowTests {
    /// The watch pane's window (what a frame copies of the feed) agrees with the whole feed:
    /// the same entries, newest first, as far as it reaches; the same count; the cursor where
    /// the whole feed has it.
    @Test func theWindowIsTheNewestPartOfTheWholeFeedAndKeepsTheCursor() {
        var state = makeState()
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1), change(2)], at: t0))
        for index in 0..<40 {
            _ = reduce(&state, .eventFeed(.event(commentAdded(1 + index % 2, by: index % 3 == 0 ? zuul : bob,
                                                              comment: "note \(index)", at: t0)), at: t0))
        }
        for showBots in [false, true] {
            state.showBots = showBots
            let whole = Array(state.visibleWatchEntries.reversed())
            #expect(whole.count > 20)
            for selection in [nil, whole[0].id, whole[7].id, whole[whole.count - 1].id, -5] as [Int?] {
                state.watchSelection = selection
                let expectedCursor = state.selectedWatchEntry.flatMap { entry in whole.firstIndex { $0.id == entry.id } }
                for rows in [1, 5, 24] {
                    let window = state.watchWindow(rows: rows)
                    #expect(window.count == whole.count)
                    #expect(window.cursor == expectedCursor, "selection \(String(describing: selection)), rows \(rows)")
                    #expect(Array(whole.prefix(window.entries.count)) == window.entries)
                    #expect(window.entries.count >= min(whole.count, max(rows, (expectedCursor ?? 0) + 1)))
                }
            }
        }
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
        store.send(.paneClicked(.watch)) { $0.focus = .watch }
        // The feed reads newest first and the cursor starts on the newest: down goes to older
        // entries, g to the newest, G to the oldest.
        store.send(.commandInvoked(.moveDown)) { $0.watchSelection = 1 }
        store.send(.commandInvoked(.first)) { $0.watchSelection = 2 }
        store.send(.commandInvoked(.last)) { $0.watchSelection = 1 }
        store.send(.commandInvoked(.moveUp, argument: "5")) { $0.watchSelection = 2 }
        #expect(store.state.selectedWatchEntry?.change == 2)
        store.send(.commandInvoked(.open), effects: [.loadChangeDetail(number: 2, options: .everything)]) {
            $0.focus = .detail
            $0.history = [.watch]
            $0.detail = DetailState(number: 2, loading: true)
            $0.unread = [1]
        }
        // A page is what the TUI measured the pane to show.
        let metrics = TextPaneMetrics(textScrollLimit: 40, textPage: 19)
        store.send(.textPaneMeasured(metrics)) { $0.textMetrics = metrics }
        store.send(.commandInvoked(.pageDown)) { $0.detail?.commentScroll = 19 }
        store.send(.commandInvoked(.moveUp, argument: "25")) { $0.detail?.commentScroll = 0 }
        store.send(.commandInvoked(.moveDown, argument: "3")) { $0.detail?.commentScroll = 3 }
        store.send(.commandInvoked(.first)) { $0.detail?.commentScroll = 0 }
        store.send(.commandInvoked(.back)) { $0.focus = .watch; $0.history = [] }
        // The list cursor did not move meanwhile.
        #expect(store.state.tabs[0].selection == 1)
    }
}

/// Getting around (issue E): changes by number, next and previous from the detail, the
/// dependency chain, and a filter that puts the cursor on its first match.
@Suite struct GettingAroundTests {
    func loaded() -> AppState {
        var state = makeState()
        var two = change(2)
        two.dependsOn = [Dependency(number: 1)]
        two.neededBy = [Dependency(number: 3)]
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1), two, change(3, project: "glance")], at: t0))
        return state
    }

    @Test func openChangeOpensAnyChangeByNumberAndSaysWhatItTakes() {
        var state = loaded()
        #expect(reduce(&state, .commandInvoked(.openChange, argument: "87329")) == [.loadChangeDetail(number: 87329, options: .everything)])
        #expect(state.focus == .detail && state.detail?.number == 87329)
        #expect(reduce(&state, .commandInvoked(.back)).isEmpty)
        #expect(state.focus == .list)
        _ = reduce(&state, .commandInvoked(.openChange, argument: "nonsense"))
        #expect(state.messages.last?.text == "open-change takes a change number or Change-Id, e.g. open-change 87329")
        // Its key (#) has no number to give: it opens the palette on the command, ready for one.
        _ = reduce(&state, .commandInvoked(.openChange))
        #expect(state.overlay == .palette(input: "open-change ", selection: 0))
        _ = reduce(&state, .paletteTextChanged("open-change 3"))
        #expect(reduce(&state, .paletteSubmitted) == [.loadChangeDetail(number: 3, options: .everything)])
        // The palette's `open N` is the same command.
        _ = reduce(&state, .commandInvoked(.commandPalette))
        _ = reduce(&state, .paletteTextChanged("open 2"))
        #expect(reduce(&state, .paletteSubmitted) == [.loadChangeDetail(number: 2, options: .everything)])
    }

    @Test func tabbingFromTheDetailToItsCommentsKeepsAChangeOpenedOffTheList() {
        var state = loaded()
        _ = reduce(&state, .commandInvoked(.openChange, argument: "87329"))
        #expect(reduce(&state, .commandInvoked(.nextPane)).isEmpty)
        #expect(state.focus == .comments && state.detail?.number == 87329, "the comments are the opened change's")
        _ = reduce(&state, .commandInvoked(.previousPane))
        #expect(state.focus == .detail && state.detail?.number == 87329)
        // From the list, the detail shows the list's change again.
        _ = reduce(&state, .commandInvoked(.back))
        _ = reduce(&state, .commandInvoked(.nextPane))
        #expect(state.focus == .detail && state.detail?.number == state.selectedNumber)
    }

    @Test func nextAndPreviousChangeWalkTheListFromTheDetail() {
        var state = loaded()
        _ = reduce(&state, .commandInvoked(.open))
        #expect(state.detail?.number == 1)
        #expect(reduce(&state, .commandInvoked(.nextChange)) == [.loadChangeDetail(number: 2, options: .everything)])
        #expect(state.detail?.number == 2 && state.selectedNumber == 2 && state.focus == .detail)
        #expect(reduce(&state, .commandInvoked(.previousChange)) == [.loadChangeDetail(number: 1, options: .everything)])
        #expect(reduce(&state, .commandInvoked(.previousChange)).isEmpty, "already the first")
    }

    @Test func dependsOnAndNeededByFollowTheChain() {
        var state = loaded()
        _ = reduce(&state, .commandInvoked(.moveDown))
        _ = reduce(&state, .commandInvoked(.open))
        _ = reduce(&state, .changeDetailLoaded(state.changes[2]!, at: t0))
        #expect(reduce(&state, .commandInvoked(.dependsOn)) == [.loadChangeDetail(number: 1, options: .everything)])
        _ = reduce(&state, .changeDetailLoaded(change(1), at: t0))
        #expect(reduce(&state, .commandInvoked(.dependsOn)).isEmpty)
        #expect(state.messages.last?.text == "Change 1 depends on no open change")
    }

    @Test func aFilterPutsTheCursorOnItsFirstMatchWithoutMarkingItRead() {
        var state = loaded()
        state.unread = [3]
        _ = reduce(&state, .commandInvoked(.moveDown))
        _ = reduce(&state, .commandInvoked(.filter))
        _ = reduce(&state, .filterTextChanged("glance"))
        #expect(state.selectedNumber == 3)
        #expect(state.unread == [3])
        _ = reduce(&state, .filterCommitted)
        // Esc in the list clears the kept filter.
        _ = reduce(&state, .commandInvoked(.back))
        #expect(state.currentTabState?.filter == "")
    }

    @Test func thePaletteCompletesWithTabAndFindsTabsAndCommands() {
        var state = makeState(tabs: [plainTab("nova"), TabSpec.todo(.approvable, me: "demo")])
        _ = reduce(&state, .commandInvoked(.commandPalette))
        _ = reduce(&state, .paletteTextChanged("appr"))
        #expect(state.paletteCompletions.map(\.title).prefix(2) == ["approve", "tab approvable"])
        _ = reduce(&state, .paletteSelectionMoved(by: 1))
        _ = reduce(&state, .paletteCompleted)
        #expect(state.overlay == .palette(input: "tab approvable", selection: 0))
        _ = reduce(&state, .paletteSubmitted)
        #expect(state.currentTab == 1 && state.overlay == .none)
        // Tab on a command that takes an argument leaves room to type it.
        _ = reduce(&state, .commandInvoked(.commandPalette))
        _ = reduce(&state, .paletteTextChanged("oc"))
        _ = reduce(&state, .paletteCompleted)
        #expect(state.overlay == .palette(input: "open-change ", selection: 0))
    }
}
