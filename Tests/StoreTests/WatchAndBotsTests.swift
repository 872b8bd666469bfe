import Foundation
import GerritModel
import Reports
import Testing
@testable import Store

/// The watch feed, bot filtering, unread markers and the bell.
@Suite struct WatchAndBotsTests {
    func loaded(width: Int = 80) -> TestStore {
        var state = makeState(width: width)
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1, owner: me), change(2)], at: t0))
        return TestStore(state)
    }

    @Test func botEventsAreHiddenFromTheFeedUntilBotsAreShown() {
        var store = loaded()
        let at = t0.addingTimeInterval(5)
        let vote = commentAdded(2, by: zuul, votes: [("Verified", 1, 0)], comment: "Build succeeded.", at: at)
        store.send(.eventFeed(.event(vote), at: at)) {
            $0.now = at
            $0.lastEventAt = at
            var updated = $0.changes[2]!
            updated.lastUpdated = at
            updated.currentPatchSet?.approvals = [Approval(type: "Verified", value: 1, grantedOn: at, by: zuul)]
            updated.comments = [ChangeMessage(timestamp: at, reviewer: zuul, message: "Build succeeded.")]
            $0.changes[2] = updated
            $0.categories[2] = classified(updated, at: at)
            $0.unread = [2]
            $0.watch.append(WatchEntry(id: 0, at: at, change: 2, project: "nova", subject: "Change 2", actor: "Zuul",
                                       actorIsBot: true, summary: "commented (Verified +1)", kind: .comment))
        }
        #expect(store.state.visibleWatchEntries.isEmpty)
        #expect(store.state.rows[1].ci == .passed)
        #expect(store.state.rows[1].votes == [LabelSummary(label: "Verified", abbreviation: "V", values: [1], hasHumanVote: false)])
        store.send(.toggleBots) { $0.showBots = true }
        #expect(store.state.visibleWatchEntries.map(\.actor) == ["Zuul"])
    }

    @Test func aHumanVoteOnMyChangeIsHighlightedCountedAndRingsWhenAsked() {
        var store = loaded()
        store.send(.focus(.watch)) { $0.focus = .watch }
        store.send(.focus(.list)) { $0.focus = .list }
        var state = store.state
        state.bell = true
        store = TestStore(state)
        let at = t0.addingTimeInterval(5)
        let vote = commentAdded(1, by: bob, votes: [("Code-Review", -1, 0)], comment: "Please fix", at: at, owner: me)
        store.send(.eventFeed(.event(vote), at: at), effects: [.ringBell]) {
            $0.now = at
            $0.lastEventAt = at
            var updated = $0.changes[1]!
            updated.lastUpdated = at
            updated.currentPatchSet?.approvals = [Approval(type: "Code-Review", value: -1, grantedOn: at, by: bob)]
            updated.comments = [ChangeMessage(timestamp: at, reviewer: bob, message: "Please fix")]
            $0.changes[1] = updated
            $0.categories[1] = classified(updated, at: at)
            $0.unread = [1]
            $0.watch.append(WatchEntry(id: 0, at: at, change: 1, project: "nova", subject: "Change 1", actor: "Bob Bell",
                                       summary: "commented (Code-Review -1)", kind: .comment, concernsMe: true))
        }
        #expect(store.state.watch.badge == 1)
        #expect(store.state.visibleWatchEntries.first?.concernsMe == true)
        // Looking at the watch pane clears the badge.
        store.send(.focus(.watch)) { $0.focus = .watch; $0.watch.badge = 0 }
    }

    @Test func anEventOnTheChangeBeingReadIsNotUnreadAndReloadsIt() {
        var store = loaded()
        store.send(.open, effects: [.loadChangeDetail(number: 1, options: .everything)]) {
            $0.focus = .detail; $0.history = [.list]; $0.detail = DetailState(number: 1, loading: true)
        }
        store.send(.changeDetailLoaded(change(1, owner: me), at: t0)) { $0.detail = DetailState(number: 1, change: change(1, owner: me)) }
        let at = t0.addingTimeInterval(5)
        let event = StreamEvent.patchSetCreated(PatchSetCreated(change: Change(number: 1), patchSet: PatchSet(number: 2),
                                                                uploader: me, createdOn: at))
        store.send(.eventFeed(.event(event), at: at), effects: [.loadChangeDetail(number: 1, options: .everything)]) {
            $0.now = at
            $0.lastEventAt = at
            var updated = $0.changes[1]!
            updated.lastUpdated = at
            updated.currentPatchSet = PatchSet(number: 2)
            $0.changes[1] = updated
            $0.categories[1] = classified(updated, at: at)
            $0.detail?.loading = true
            $0.watch.append(WatchEntry(id: 0, at: at, change: 1, project: "nova", subject: "Change 1", actor: "Demo User",
                                       summary: "new patch set 2", kind: .patchSet))
        }
    }

    @Test func theCommentsPaneIsReportsThreadsOfTheSelectedChangeBotsHiddenUntilShown() throws {
        var store = loaded()
        var full = change(2)
        full.patchSets = [PatchSet(number: 1, createdOn: t0), PatchSet(number: 2, createdOn: t0.addingTimeInterval(60))]
        full.currentPatchSet = full.patchSets.last
        full.comments = [
            ChangeMessage(timestamp: t0, reviewer: alice, message: "Uploaded patch set 1."),
            ChangeMessage(timestamp: t0, reviewer: zuul, message: "Patch Set 1: Verified+1\n\nBuild succeeded."),
            ChangeMessage(timestamp: t0, reviewer: bob, message: "Patch Set 1: Code-Review-1\n\nPlease use assertIsNone"),
            ChangeMessage(timestamp: t0.addingTimeInterval(60), reviewer: alice, message: "Uploaded patch set 2."),
            ChangeMessage(timestamp: t0.addingTimeInterval(90), reviewer: zuul, message: "Patch Set 2: Verified-1\n\nBuild failed."),
        ]
        store.send(.selectChange(2)) { $0.tabs[0].selection = 2; $0.tabs[0].selectionIndex = 1 }
        store.send(.open, effects: [.loadChangeDetail(number: 2, options: .everything)]) {
            $0.focus = .detail; $0.history = [.list]; $0.detail = DetailState(number: 2, loading: true)
        }
        store.send(.changeDetailLoaded(full, at: t0)) { $0.detail = DetailState(number: 2, change: full) }
        let hidden = try #require(store.state.commentThreads)
        // Upload notices are no review comments, and the bots' are counted, not shown.
        #expect(hidden.patchSets.map { $0.entries.map(\.authorName) } == [["Bob Bell"], []])
        #expect(hidden.patchSets.map(\.hiddenBotEntries) == [1, 1])
        #expect(hidden.patchSets.map(\.ci.text) == ["Zuul ✓", "Zuul ✗"])
        #expect(hidden == CommentThreads(change: full, options: .init(botNames: classifierSettings.bots)))
        store.send(.toggleBots) { $0.showBots = true }
        #expect(store.state.commentThreads?.patchSets.map { $0.entries.map(\.authorName) } == [["Zuul", "Bob Bell"], ["Zuul"]])
    }

    @Test func theFeedKeepsOnlyTheNewestEntries() {
        var feed = WatchFeed(capacity: 3)
        for n in 1...5 {
            feed.append(WatchEntry(id: 0, at: t0, change: n, actor: "bob", summary: "merged", kind: .merged))
        }
        #expect(feed.entries.map(\.change) == [3, 4, 5])
        #expect(feed.entries.map(\.id) == [3, 4, 5])
    }

    @Test func mergedChangesLeaveTodoTabsButStayInPlainOnes() {
        let mine = TabSpec.todo(.mine, me: "demo")
        var state = makeState(tabs: [mine, plainTab("nova")])
        _ = reduce(&state, .queryFinished(mine.queryID, [change(1), change(2)], at: t0))
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1), change(2)], at: t0))
        var store = TestStore(state)
        let at = t0.addingTimeInterval(5)
        let merged = StreamEvent.changeMerged(ChangeMerged(change: Change(number: 1, status: .merged), submitter: bob, createdOn: at))
        store.send(.eventFeed(.event(merged), at: at)) {
            $0.now = at
            $0.lastEventAt = at
            var updated = $0.changes[1]!
            updated.lastUpdated = at
            updated.status = .merged
            updated.open = false
            $0.changes[1] = updated
            $0.categories[1] = classified(updated, at: at, reviewedByMe: true)
            $0.unread = [1]
            $0.tabs[0].selection = 2
            $0.watch.append(WatchEntry(id: 0, at: at, change: 1, project: "nova", subject: "Change 1", actor: "Bob Bell",
                                       summary: "merged", kind: .merged))
        }
        #expect(store.state.rows(inTab: 0).map(\.number) == [2])
        #expect(store.state.rows(inTab: 1).map(\.number) == [1, 2])
    }
}

@Suite struct NewChangeTests {
    @Test func aChangeNoListHoldsIsCountedUntilTheNextRefresh() {
        var state = makeState()
        let tab = plainTab("nova")
        _ = reduce(&state, .queryFinished(tab.queryID, [change(1)], at: t0))
        var store = TestStore(state)
        let at = t0.addingTimeInterval(5)
        let created = StreamEvent.patchSetCreated(PatchSetCreated(
            change: Change(project: "nova", number: 77, subject: "Brand new", owner: bob, status: .new),
            patchSet: PatchSet(number: 1), uploader: bob, createdOn: at))
        store.send(.eventFeed(.event(created), at: at)) {
            $0.now = at
            $0.lastEventAt = at
            $0.newChanges = [77]
            $0.watch.append(WatchEntry(id: 0, at: at, change: 77, project: "nova", subject: "Brand new", actor: "Bob Bell",
                                       summary: "new patch set 1", kind: .patchSet))
        }
        #expect(store.state.statusBar.newChanges == 1)
        #expect(store.state.rows.map(\.number) == [1])
        store.send(.refresh, effects: [.query(id: tab.queryID, query: tab.query, options: AppState.listOptions)]) {
            $0.inFlightQueries = [tab.queryID]
        }
        let results = [change(1), change(77, owner: bob, updated: at)]
        store.send(.queryFinished(tab.queryID, results, at: at)) {
            expectLoaded(&$0, tab.queryID, results, at: at)
            $0.newChanges = []
        }
        #expect(store.state.rows.map(\.number) == [1, 77])
    }
}
