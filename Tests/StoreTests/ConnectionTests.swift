import Foundation
import GerritModel
import GerritRemote
import Testing
@testable import Store

/// The event stream's states, reconnects with backoff, and the backfill after a reconnect.
@Suite struct ConnectionTests {
    func loaded() -> TestStore {
        var state = makeState()
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1), change(2, updated: t0.addingTimeInterval(-60))], at: t0))
        return TestStore(state)
    }

    @Test func aLostStreamReconnectsWithGrowingDelaysAndTheStatusBarCountsDown() {
        var store = loaded()
        store.send(.eventFeed(.state(.connecting), at: t0))
        #expect(store.state.statusBar.connection == "connecting…")
        store.send(.eventFeed(.state(.live), at: t0)) { $0.connection = .live }
        #expect(store.state.statusBar.connection == "● live")
        #expect(store.state.statusBar.connectionTone == .good)

        let lost = t0.addingTimeInterval(100)
        store.send(.eventFeed(.state(.offline(reason: "connection reset")), at: lost)) {
            $0.now = lost
            $0.offlineReason = "connection reset"
            $0.streamLostAt = lost
            $0.reconnectAttempts = 1
            $0.connection = .reconnecting(attempt: 1, delay: 1)
            $0.reconnectAt = lost.addingTimeInterval(1)
        }
        #expect(store.state.statusBar.connection == "reconnecting in 1 s")
        #expect(store.state.statusBar.connectionDetail == "connection reset")
        // The stream task ends after its last update; the reconnect is already planned.
        store.send(.eventStreamEnded(at: lost))

        let retry = lost.addingTimeInterval(1)
        store.send(.tick(retry), effects: [.startEventStream, .scheduleTick(after: 1)]) {
            $0.now = retry
            $0.connection = .connecting
            $0.reconnectAt = nil
        }
        store.send(.eventFeed(.state(.offline(reason: "refused")), at: retry)) {
            $0.offlineReason = "refused"
            $0.reconnectAttempts = 2
            $0.connection = .reconnecting(attempt: 2, delay: 2)
            $0.reconnectAt = retry.addingTimeInterval(2)
        }
        store.send(.tick(retry.addingTimeInterval(1)), effects: [.scheduleTick(after: 1)]) {
            $0.now = retry.addingTimeInterval(1)
        }
        #expect(store.state.statusBar.connection == "reconnecting in 1 s")
        let third = retry.addingTimeInterval(2)
        store.send(.tick(third), effects: [.startEventStream, .scheduleTick(after: 1)]) {
            $0.now = third
            $0.connection = .connecting
            $0.reconnectAt = nil
        }
        store.send(.eventFeed(.state(.offline(reason: "refused")), at: third)) {
            $0.reconnectAttempts = 3
            $0.connection = .reconnecting(attempt: 3, delay: 4)
            $0.reconnectAt = third.addingTimeInterval(4)
        }
        // After three failures the bar says offline, and how old the data on screen is.
        #expect(store.state.statusBar.connection == "offline · data 1m old · retry in 4 s")
        #expect(store.state.statusBar.connectionTone == .bad)

        // Back: ask for what changed since the stream was lost (plus a minute of slack).
        let back = third.addingTimeInterval(4)
        let backfill = GerritQuery.and([.status("open"), .newerThan("\(Int(back.timeIntervalSince(lost)) + 60)s")])
        store.send(.eventFeed(.state(.live), at: back), effects: [.query(id: .backfill, query: backfill, options: AppState.listOptions)]) {
            $0.now = back
            $0.connection = .live
            $0.reconnectAttempts = 0
            $0.reconnectAt = nil
            $0.streamLostAt = nil
            $0.inFlightQueries = [.backfill]
        }
        #expect(backfill.rendered == "status:open AND -age:67s")
    }

    @Test func theBackfillUpdatesKnownChangesInPlaceAndMarksThemUnread() {
        var store = loaded()
        store.send(.eventFeed(.state(.live), at: t0)) { $0.connection = .live }
        let at = t0.addingTimeInterval(300)
        let newer = change(2, subject: "Change 2 (reworded)", updated: at, patchSet: 2)
        store.send(.queryFinished(.backfill, [newer, change(1)], at: at)) {
            $0.now = at
            $0.lastRefresh = at
            $0.changes[2] = newer
            $0.categories[2] = classified(newer, at: at)
            $0.unread = [2]
        }
        #expect(store.state.rows.map(\.isUnread) == [false, true])
        // Moving onto it marks it read.
        store.send(.moveSelection(by: 1)) { $0.tabs[0].selection = 2; $0.tabs[0].selectionIndex = 1; $0.unread = [] }
    }

    @Test func aBackfillWithUnknownChangesRefreshesTheTabs() {
        var store = loaded()
        let tab = plainTab("nova")
        let at = t0.addingTimeInterval(300)
        store.send(.eventFeed(.backfill([change(99, updated: at)]), at: at),
                   effects: [.query(id: tab.queryID, query: tab.query, options: AppState.listOptions)]) {
            $0.now = at
            $0.inFlightQueries = [tab.queryID]
        }
    }

    @Test func droppedOutputRefreshesAndUndecodableLinesAreReported() {
        var store = loaded()
        let tab = plainTab("nova")
        store.send(.eventFeed(.event(.droppedOutput(createdOn: t0)), at: t0),
                   effects: [.query(id: tab.queryID, query: tab.query, options: AppState.listOptions)]) {
            $0.lastEventAt = t0
            $0.inFlightQueries = [tab.queryID]
            $0.messages = [StatusMessage(text: "The server dropped events; refreshing", kind: .error, expires: t0.addingTimeInterval(5))]
        }
        store.send(.eventFeed(.undecodable("demo stream-events:3: not JSON"), at: t0)) {
            $0.messages.append(StatusMessage(text: "demo stream-events:3: not JSON", kind: .error, expires: t0.addingTimeInterval(5)))
        }
    }

    @Test func aFailedQueryIsShownOnItsTabAndInTheStatusBar() {
        let tab = plainTab("nova")
        var store = TestStore(makeState(tabs: [tab]))
        store.send(.refresh, effects: [.query(id: tab.queryID, query: tab.query, options: AppState.listOptions)]) {
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
        store.send(.refresh, effects: [
            .query(id: tabs[0].queryID, query: tabs[0].query, options: AppState.listOptions),
            .query(id: tabs[1].queryID, query: tabs[1].query, options: AppState.listOptions),
        ]) { $0.inFlightQueries = [tabs[0].queryID, tabs[1].queryID] }
        store.send(.back, effects: [.cancelQuery(tabs[1].queryID), .cancelQuery(tabs[0].queryID)]) {
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
