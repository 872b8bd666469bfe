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

    @Test func botCommentsAreHiddenFromTheFeedUntilBotsAreShown() {
        var store = loaded()
        let at = t0.addingTimeInterval(5)
        let vote = commentAdded(2, by: zuul, votes: [("Verified", 1, 0)], comment: "Build succeeded.", at: at)
        store.send(.eventFeed(.event(vote), at: at)) {
            $0.now = at
            $0.watch.append(watchEntry(vote, at: at, known: $0.changes[2]))
            var updated = $0.changes[2]!
            updated.lastUpdated = at
            updated.currentPatchSet?.approvals = [Approval(type: "Verified", value: 1, grantedOn: at, by: zuul)]
            updated.comments = [ChangeMessage(timestamp: at, reviewer: zuul, message: "Build succeeded.")]
            $0.changes[2] = updated
            $0.categories[2] = classified(updated, at: at)
            $0.unread = [2]
        }
        #expect(store.state.watch.entries.map(\.summary.headline) == ["commented (Verified +1)"])
        #expect(store.state.visibleWatchEntries.isEmpty)
        #expect(store.state.rows[1].ci == .passed)
        #expect(store.state.rows[1].votes == [LabelSummary(label: "Verified", abbreviation: "V", values: [1], hasHumanVote: false)])
        store.send(.commandInvoked(.toggleBots)) { $0.showBots = true }
        #expect(store.state.visibleWatchEntries.map(\.summary.actorName) == ["Zuul"])
    }

    @Test func aMergeByABotIsShownAndItsBranchUpdateFoldedIntoIt() {
        // On a Zuul server every merge is done by the bot: hiding bots must not hide merges.
        var state = loaded().state
        let at = t0.addingTimeInterval(5)
        let merged = StreamEvent.changeMerged(ChangeMerged(change: Change(project: "nova", branch: "master", number: 2, status: .merged),
                                                           submitter: zuul, createdOn: at))
        let branch = StreamEvent.refUpdated(RefUpdated(submitter: zuul, refUpdate: RefUpdate(
            oldRev: "1111111", newRev: "2222222", refName: "refs/heads/master", project: "nova"), createdOn: at))
        let upload = StreamEvent.refUpdated(RefUpdated(submitter: alice, refUpdate: RefUpdate(
            oldRev: "0000000", newRev: "3333333", refName: "refs/changes/01/1/2", project: "nova"), createdOn: at))
        let config = StreamEvent.refUpdated(RefUpdated(submitter: zuul, refUpdate: RefUpdate(
            oldRev: "4444444", newRev: "5555555", refName: "refs/meta/config", project: "nova"), createdOn: at))
        for event in [merged, branch, upload, config] {
            _ = reduce(&state, .eventFeed(.event(event), at: at))
        }
        #expect(state.visibleWatchEntries.map(\.summary.headline) == ["merged", "ref updated: refs/meta/config → 5555555"])
        #expect(state.visibleWatchEntries.map(\.summary.actorName) == ["Zuul", "Zuul"])
        #expect(state.watch.entries.map(\.id) == [1, 2])
    }

    @Test func aHumanVoteOnMyChangeIsHighlightedCountedAndRingsWhenAsked() {
        var store = loaded()
        store.send(.paneClicked(.watch)) { $0.focus = .watch }
        store.send(.paneClicked(.list)) { $0.focus = .list }
        var state = store.state
        state.bell = true
        store = TestStore(state)
        let at = t0.addingTimeInterval(5)
        let vote = commentAdded(1, by: bob, votes: [("Code-Review", -1, 0)], comment: "Please fix", at: at, owner: me)
        store.send(.eventFeed(.event(vote), at: at), effects: [.host(.bell)]) {
            $0.now = at
            $0.watch.append(watchEntry(vote, at: at, known: $0.changes[1]))
            var updated = $0.changes[1]!
            updated.lastUpdated = at
            updated.currentPatchSet?.approvals = [Approval(type: "Code-Review", value: -1, grantedOn: at, by: bob)]
            updated.comments = [ChangeMessage(timestamp: at, reviewer: bob, message: "Please fix")]
            $0.changes[1] = updated
            $0.categories[1] = classified(updated, at: at)
            $0.unread = [1]
        }
        #expect(store.state.watch.badge == 1)
        #expect(store.state.visibleWatchEntries.first?.concern == .negativeVoteOnMine)
        #expect(store.state.visibleWatchEntries.first?.summary.headline == "commented (Code-Review -1)")
        // Looking at the watch pane clears the badge.
        store.send(.paneClicked(.watch)) { $0.focus = .watch; $0.watch.badge = 0 }
    }

    @Test func anEventOnTheChangeBeingReadIsNotUnreadAndReloadsIt() {
        var store = loaded()
        store.send(.commandInvoked(.open), effects: [.loadChangeDetail(number: 1, options: .everything)]) {
            $0.focus = .detail; $0.history = [.list]; $0.detail = DetailState(number: 1, loading: true)
        }
        store.send(.changeDetailLoaded(change(1, owner: me), at: t0)) { $0.detail = DetailState(number: 1, change: change(1, owner: me)) }
        let at = t0.addingTimeInterval(5)
        let event = StreamEvent.patchSetCreated(PatchSetCreated(change: Change(number: 1), patchSet: PatchSet(number: 2),
                                                                uploader: me, createdOn: at))
        store.send(.eventFeed(.event(event), at: at), effects: [.loadChangeDetail(number: 1, options: .everything)]) {
            $0.now = at
            $0.watch.append(watchEntry(event, at: at, known: $0.changes[1]))
            var updated = $0.changes[1]!
            updated.lastUpdated = at
            updated.currentPatchSet = PatchSet(number: 2)
            $0.changes[1] = updated
            $0.categories[1] = classified(updated, at: at)
            // The open detail shows the event at once, and gets it again on the reloaded record.
            let shown = $0.detail?.change
            $0.detail?.change = shown?.applying(event, at: at)
            $0.detail?.eventsWhileLoading = [event]
            $0.detail?.loading = true
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
        store.send(.rowClicked(change: 2)) { $0.tabs[0].selection = 2; $0.tabs[0].selectionIndex = 1 }
        store.send(.commandInvoked(.open), effects: [.loadChangeDetail(number: 2, options: .everything)]) {
            $0.focus = .detail; $0.history = [.list]; $0.detail = DetailState(number: 2, loading: true)
        }
        store.send(.changeDetailLoaded(full, at: t0)) { $0.detail = DetailState(number: 2, change: full) }
        let hidden = try #require(store.state.commentThreads)
        // Upload notices are no review comments, and the bots' are counted, not shown.
        #expect(hidden.patchSets.map { $0.entries.map(\.authorName) } == [["Bob Bell"], []])
        #expect(hidden.patchSets.map(\.hiddenBotEntries) == [1, 1])
        #expect(hidden.patchSets.map(\.ci.text) == ["Zuul ✓", "Zuul ✗"])
        #expect(hidden == CommentThreads(change: full, options: .init(botNames: classifierSettings.bots)))
        store.send(.commandInvoked(.toggleBots)) { $0.showBots = true }
        #expect(store.state.commentThreads?.patchSets.map { $0.entries.map(\.authorName) } == [["Zuul", "Bob Bell"], ["Zuul"]])
    }

    @Test func theFeedKeepsOnlyTheNewestEntries() {
        var feed = WatchFeed(capacity: 3)
        for n in 1...5 {
            feed.append(watchEntry(.changeMerged(ChangeMerged(change: Change(number: n), submitter: bob)), at: t0, known: nil))
        }
        #expect(feed.entries.map(\.change) == [3, 4, 5])
        #expect(feed.entries.map(\.id) == [3, 4, 5])
    }

    @Test func mergedChangesLeaveTabsWhoseQueryAsksForOpenOnesAndStayInOthers() {
        let mine = TabSpec.todo(.mine, me: "demo")
        var state = makeState(tabs: [mine, plainTab("nova")])
        _ = reduce(&state, .queryFinished(mine.queryID, [change(1), change(2)], at: t0))
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1), change(2)], at: t0))
        var store = TestStore(state)
        let at = t0.addingTimeInterval(5)
        let merged = StreamEvent.changeMerged(ChangeMerged(change: Change(number: 1, status: .merged), submitter: bob, createdOn: at))
        store.send(.eventFeed(.event(merged), at: at)) {
            $0.now = at
            $0.watch.append(watchEntry(merged, at: at, known: $0.changes[1]))
            var updated = $0.changes[1]!
            updated.lastUpdated = at
            updated.status = .merged
            updated.open = false
            $0.changes[1] = updated
            $0.categories[1] = classified(updated, at: at, reviewedByMe: true)
            $0.unread = [1]
            $0.tabs[0].members = [2]
            $0.tabs[0].selection = 2
        }
        #expect(store.state.rows(inTab: 0).map(\.number) == [2])
        #expect(store.state.rows(inTab: 1).map(\.number) == [1, 2])
    }
}
