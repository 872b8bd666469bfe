import Foundation
import GerritModel
import GerritRemote
import Testing
@testable import Store

/// The status bar mirrors the client's event feed, which alone reconnects and catches up.
@Suite struct ConnectionTests {
    func loaded() -> TestStore {
        var state = makeState()
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1), change(2, updated: t0.addingTimeInterval(-60))], at: t0))
        return TestStore(state)
    }

    @Test func theStatusBarShowsTheFeedsOwnReconnectsAndTheStoreStartsNone() {
        var store = loaded()
        store.send(.eventFeed(.state(.connecting), at: t0))
        #expect(store.state.statusBar.connection == "connecting…")
        store.send(.eventFeed(.state(.live), at: t0)) { $0.connection = .live }
        #expect(store.state.statusBar.connection == "● live")
        #expect(store.state.statusBar.connectionTone == .good)

        let lost = t0.addingTimeInterval(100)
        let broken = ConnectionState.reconnecting(attempt: 1, delay: 2, reason: "connection reset")
        store.send(.eventFeed(.state(broken), at: lost)) {
            $0.now = lost
            $0.connection = broken
            $0.reconnectAt = lost.addingTimeInterval(2)
            $0.offlineReason = "connection reset"
        }
        #expect(store.state.statusBar.connection == "reconnecting in 2 s")
        #expect(store.state.statusBar.connectionDetail == "connection reset")
        #expect(!store.state.statusBar.canRetry)
        // Time passing only counts down: the feed reconnects by itself, the store never does.
        store.send(.tick(lost.addingTimeInterval(1)), effects: [.scheduleTick(after: 1)]) {
            $0.now = lost.addingTimeInterval(1)
            $0.classifiedAt = lost.addingTimeInterval(1)
        }
        #expect(store.state.statusBar.connection == "reconnecting in 1 s")
        let third = ConnectionState.reconnecting(attempt: 3, delay: 4, reason: "refused")
        store.send(.eventFeed(.state(third), at: lost.addingTimeInterval(3))) {
            $0.now = lost.addingTimeInterval(3)
            $0.connection = third
            $0.reconnectAt = lost.addingTimeInterval(7)
            $0.offlineReason = "refused"
        }
        // After three failures the bar says offline, and how old the data on screen is.
        #expect(store.state.statusBar.connection == "offline · data 1m old · retry in 4 s")
        #expect(store.state.statusBar.connectionTone == .bad)

        // Back: no catch-up query of the store's own (the feed sends its backfill).
        let back = lost.addingTimeInterval(7)
        store.send(.eventFeed(.state(.live), at: back)) {
            $0.now = back
            $0.connection = .live
            $0.reconnectAt = nil
            $0.offlineReason = nil
        }
        #expect(store.state.statusBar.connectionDetail == nil)
    }

    @Test func aPermanentFailureIsOfflineWithItsReasonUntilTheUserRetries() {
        var store = loaded()
        let reason = "review.example.org:29418: HOST KEY CHANGED"
        store.send(.eventFeed(.state(.offline(reason: reason)), at: t0)) {
            $0.connection = .offline(reason: reason)
            $0.offlineReason = reason
        }
        store.send(.eventStreamEnded(at: t0))
        #expect(store.state.statusBar.connection.hasPrefix("offline"))
        #expect(store.state.statusBar.connectionDetail == reason)
        #expect(store.state.statusBar.canRetry)
        // No retry on its own, however long it waits.
        store.send(.tick(t0.addingTimeInterval(120)), effects: [.scheduleTick(after: 1)]) {
            $0.now = t0.addingTimeInterval(120)
            $0.classifiedAt = t0.addingTimeInterval(120)
        }
        #expect(store.state.statusBar.connection == "offline · data 2m old")
        // r retries: the lists refresh and the feed starts again.
        let tab = plainTab("nova")
        store.send(.commandInvoked(.refresh), effects: [.query(id: tab.queryID, query: tab.query, options: AppState.listOptions),
                                       .startEventStream(backfillOptions: AppState.listOptions)]) {
            $0.inFlightQueries = [tab.queryID]
            $0.connection = .connecting
        }
        #expect(!store.state.statusBar.canRetry)
    }

    @Test func aStreamThatEndsWithoutSayingWhyIsOfflineToo() {
        var store = loaded()
        store.send(.eventFeed(.state(.live), at: t0)) { $0.connection = .live }
        store.send(.eventStreamEnded(at: t0)) {
            $0.connection = .offline(reason: "review.example.org: the event stream ended")
            $0.offlineReason = "review.example.org: the event stream ended"
        }
        #expect(store.state.statusBar.canRetry)
    }

    @Test func theCatchUpUpdatesKnownChangesInPlaceAndSaysHowMany() {
        var store = loaded()
        store.send(.eventFeed(.state(.live), at: t0)) { $0.connection = .live }
        let at = t0.addingTimeInterval(300)
        let newer = change(2, subject: "Change 2 (reworded)", updated: at, patchSet: 2)
        store.send(.eventFeed(.backfill([newer, change(1)]), at: at)) {
            $0.now = at
            $0.changes[2] = newer
            $0.categories[2] = classified(newer, at: at)
            $0.unread = [2]
            $0.messages = [StatusMessage(text: "caught up: 1 change updated", expires: at.addingTimeInterval(5))]
        }
        #expect(store.state.rows.map(\.isUnread) == [false, true])
        #expect(store.state.statusBar.message?.text == "caught up: 1 change updated")
        // Moving onto it marks it read.
        store.send(.commandInvoked(.moveDown)) { $0.tabs[0].selection = 2; $0.tabs[0].selectionIndex = 1; $0.unread = [] }
    }

    @Test func aChangeTheCatchUpBringsThatNoListHoldsIsFetchedAlone() {
        var store = loaded()
        let at = t0.addingTimeInterval(300)
        store.send(.eventFeed(.backfill([change(99, updated: at)]), at: at),
                   effects: [.fetchChanges(numbers: [99], reviewer: "demo", options: AppState.listOptions, delay: 0)]) {
            $0.now = at
            $0.fetchingChanges = [99: []]
            $0.lastFetchStart = at
            $0.messages = [StatusMessage(text: "caught up: 1 change updated", expires: at.addingTimeInterval(5))]
        }
        #expect(store.state.statusBar.pending == 1)
        #expect(store.state.fetchInFlight == [99])
    }

    @Test func droppedOutputIsTheFeedsToCatchUpAndUndecodableLinesAreReported() {
        var state = loaded().state
        let effects = reduce(&state, .eventFeed(.event(.droppedOutput(createdOn: t0)), at: t0))
        #expect(effects.isEmpty)
        #expect(state.inFlightQueries.isEmpty)
        var store = TestStore(state)
        store.send(.eventFeed(.undecodable("demo stream-events:3: not JSON"), at: t0)) {
            $0.messages.append(StatusMessage(text: "demo stream-events:3: not JSON", kind: .error, expires: t0.addingTimeInterval(5)))
        }
    }

    @Test func aFailedQueryIsShownOnItsTabAndInTheStatusBar() {
        let tab = plainTab("nova")
        var store = TestStore(makeState(tabs: [tab]))
        store.send(.commandInvoked(.refresh), effects: [.query(id: tab.queryID, query: tab.query, options: AppState.listOptions)]) {
            $0.inFlightQueries = [tab.queryID]
        }
        #expect(store.state.statusBar.refresh == "refreshing…")
        #expect(store.state.statusBar.pending == 1)
        let message = "review.example.org:29418: connection refused"
        store.send(.queryFailed(tab.queryID, message: message, at: t0)) {
            $0.inFlightQueries = []
            $0.tabs[0].error = message
            $0.messages = [StatusMessage(text: message, kind: .error, expires: t0.addingTimeInterval(5))]
        }
        #expect(store.state.tabTitles[0].hasError)
        #expect(store.state.statusBar.message?.text == message)
    }
}

@Suite struct CancelTests {
    @Test func escAtTheTopStopsTheQueriesStillRunning() {
        let tabs = [plainTab("nova"), plainTab("neutron")]
        var store = TestStore(makeState(tabs: tabs))
        store.send(.commandInvoked(.refresh), effects: [
            .query(id: tabs[0].queryID, query: tabs[0].query, options: AppState.listOptions),
            .query(id: tabs[1].queryID, query: tabs[1].query, options: AppState.listOptions),
        ]) { $0.inFlightQueries = [tabs[0].queryID, tabs[1].queryID] }
        store.send(.commandInvoked(.back), effects: [.cancelQuery(tabs[1].queryID), .cancelQuery(tabs[0].queryID)]) {
            $0.inFlightQueries = []
            $0.messages = [StatusMessage(text: "Refresh cancelled", expires: t0.addingTimeInterval(5))]
        }
        #expect(tabs[1].queryID < tabs[0].queryID)
    }

    @Test func effectsWithTheSameKeyReplaceEachOther() {
        #expect(Effect.loadChangeDetail(number: 1, options: .everything).cancellationKey
            == Effect.loadChangeDetail(number: 2, options: .everything).cancellationKey)
        #expect(Effect.cancelQuery(QueryID("a")).cancellationKey == "query:a")
        #expect(Effect.postReview(id: 1, request: ReviewRequest(change: 1, patchSet: 1)).cancellationKey == nil)
    }
}
