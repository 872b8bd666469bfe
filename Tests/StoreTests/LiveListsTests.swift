import Foundation
import GerritModel
import GerritRemote
import Reports
import Testing
@testable import Store

/// Lists that follow events: changes move in and out of tabs without a refresh.
@Suite struct LiveListsTests {
    /// The todo tabs as the TUI builds them for "demo", plus an alias tab of open nova changes.
    static let todoTabs = [TabSpec.todo(.mine, me: "demo"), TabSpec.todo(.noones, me: "demo"),
                           TabSpec.todo(.others, me: "demo")]
    static let novaOpen = TabSpec(id: "nova-open", title: "nova-open", query: .and([.status("open"), .project("nova")]))

    /// Every tab loaded: 1 and 2 are open, I review 1; 2 has a human vote.
    func loaded() -> AppState {
        var state = makeState(tabs: Self.todoTabs + [Self.novaOpen])
        let one = change(1), two = change(2, votes: [("Code-Review", 1, bob)])
        for tab in state.tabs {
            let results: [Change]
            switch tab.spec.category {
            case .mine?: results = [one]
            case .others?: results = [two]
            default: results = [one, two]
            }
            _ = reduce(&state, .queryFinished(tab.spec.queryID, results, at: t0))
        }
        return state
    }

    func members(_ state: AppState) -> [String: [Int]] {
        Dictionary(uniqueKeysWithValues: state.tabs.map { ($0.id, $0.members ?? []) })
    }

    @Test func aNewChangeAnEventAnnouncesIsFetchedAloneAndPlacedOnItsLists() {
        var state = loaded()
        let at = t0.addingTimeInterval(5)
        let created = StreamEvent.patchSetCreated(PatchSetCreated(
            change: Change(project: "nova", branch: "master", number: 77, subject: "Brand new", owner: bob, status: .new),
            patchSet: PatchSet(number: 1), uploader: bob, createdOn: at))
        let effects = reduce(&state, .eventFeed(.event(created), at: at))
        // One query for that one change, nothing else refreshed.
        #expect(effects == [.fetchChanges(numbers: [77], reviewer: "demo", options: AppState.listOptions, delay: 0)])
        #expect(state.inFlightQueries.isEmpty)
        #expect(state.statusBar.pending == 1)
        // A comment arrives while it is fetched: it is not lost.
        let comment = commentAdded(77, by: alice, votes: [("Code-Review", -1, 0)], comment: "Why?", at: at.addingTimeInterval(1),
                                   owner: bob)
        #expect(reduce(&state, .eventFeed(.event(comment), at: at.addingTimeInterval(1))).isEmpty)

        let fetched = change(77, owner: bob, updated: at)
        #expect(reduce(&state, .changesFetched([FetchedChange(number: 77, change: fetched, reviewedByMe: false)],
                                               at: at.addingTimeInterval(2))).isEmpty)
        #expect(state.changes[77]?.latestPatchSet?.approvals.map(\.value) == [-1])
        #expect(state.changes[77]?.comments.map(\.message) == ["Why?"])
        // Every tab whose query it matches gets it on top; mine's (reviewer:demo) does not.
        #expect(members(state) == ["mine": [1], "noones": [77, 1, 2], "others": [77, 2], "nova-open": [77, 1, 2]])
        // A human voted: it is on others (not on no one's), new on top.
        #expect(state.visibleNumbers(inTab: 2) == [77, 2])
        #expect(!state.visibleNumbers(inTab: 1).contains(77))
        #expect(state.visibleNumbers(inTab: 3).first == 77)
        #expect(state.unread.contains(77))
        #expect(state.statusBar.pending == 0)
    }

    @Test func aChangeOutsideEveryTabsProjectsIsNotFetched() {
        var state = makeState(tabs: [Self.novaOpen])
        _ = reduce(&state, .queryFinished(Self.novaOpen.queryID, [change(1)], at: t0))
        let event = StreamEvent.patchSetCreated(PatchSetCreated(
            change: Change(project: "glance", number: 88, status: .new), patchSet: PatchSet(number: 1), uploader: bob,
            createdOn: t0))
        #expect(reduce(&state, .eventFeed(.event(event), at: t0)).isEmpty)
        // Nor a merged one: no list of open changes can hold it.
        let merged = StreamEvent.changeMerged(ChangeMerged(change: Change(project: "nova", number: 89, status: .merged),
                                                           submitter: bob, createdOn: t0))
        #expect(reduce(&state, .eventFeed(.event(merged), at: t0)).isEmpty)
    }

    @Test func beingAddedAsAReviewerMovesAChangeFromOthersToMine() {
        var state = loaded()
        #expect(state.visibleNumbers(inTab: 2) == [2])
        let at = t0.addingTimeInterval(5)
        let added = StreamEvent.reviewerAdded(ReviewerAdded(change: Change(project: "nova", number: 2, owner: alice),
                                                            patchSet: PatchSet(number: 1), reviewer: me, createdOn: at))
        _ = reduce(&state, .eventFeed(.event(added), at: at))
        #expect(state.reviewedByMe.contains(2))
        #expect(members(state)["mine"] == [2, 1])
        #expect(members(state)["others"] == [])
        // Mine: I review it and have not voted on its current patch set.
        #expect(state.visibleNumbers(inTab: 0) == [2, 1])
        #expect(state.visibleNumbers(inTab: 2).isEmpty)
    }

    @Test func anAbandonTakesAChangeOffTheAliasTabAndARestorePutsItBack() {
        var state = loaded()
        let at = t0.addingTimeInterval(5)
        let abandoned = StreamEvent.changeAbandoned(ChangeAbandoned(change: Change(project: "nova", number: 1, status: .abandoned),
                                                                    abandoner: alice, createdOn: at))
        _ = reduce(&state, .eventFeed(.event(abandoned), at: at))
        #expect(members(state)["nova-open"] == [2])
        #expect(state.visibleNumbers(inTab: 3) == [2])
        let restored = StreamEvent.changeRestored(ChangeRestored(change: Change(project: "nova", number: 1, status: .new),
                                                                 restorer: alice, createdOn: at.addingTimeInterval(1)))
        _ = reduce(&state, .eventFeed(.event(restored), at: at.addingTimeInterval(1)))
        #expect(members(state)["nova-open"] == [1, 2])
    }

    @Test func anEventThatArrivesWhileTheDetailLoadsIsAppliedToTheAnswer() {
        var state = loaded()
        _ = reduce(&state, .commandInvoked(.open))
        #expect(state.detail?.number == 1 && state.detail?.loading == true)
        let at = t0.addingTimeInterval(5)
        let merged = StreamEvent.changeMerged(ChangeMerged(change: Change(project: "nova", number: 1, status: .merged),
                                                           submitter: bob, createdOn: at))
        // Already loading: no second load, the event waits for the answer.
        #expect(reduce(&state, .eventFeed(.event(merged), at: at)).isEmpty)
        // The answer left the server before the merge: it still says NEW.
        var stale = change(1)
        stale.comments = [ChangeMessage(timestamp: t0, reviewer: bob, message: "Patch Set 1:\n\nok")]
        _ = reduce(&state, .changeDetailLoaded(stale, at: at.addingTimeInterval(1)))
        #expect(state.detail?.change?.status == .merged)
        #expect(state.detail?.change?.comments.count == 1)
        #expect(state.detail?.eventsWhileLoading == [])
        #expect(state.selectedChange?.status == .merged)
    }
}
