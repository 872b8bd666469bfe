import Foundation
import GerritModel
import GerritRemote
import Testing
@testable import Store

/// Writing from the keyboard (issue E): the review form, messages and replies in the built-in
/// editor or $EDITOR, and nothing typed ever lost: drafts, the offline queue, restarts.
@Suite struct WritingTests {
    /// Change 1 (patch set 3, with a submit record naming Code-Review, Verified and Workflow)
    /// and change 2, loaded; the local state read (so it is saved as it changes).
    func loaded(online: Bool = true) -> AppState {
        var state = makeState()
        var one = change(1, patchSet: 3)
        one.submitRecords = [SubmitRecord(status: "NOT_READY", labels: [
            SubmitLabel(label: "Code-Review", status: "NEED"), SubmitLabel(label: "Verified", status: "NEED"),
            SubmitLabel(label: "Workflow", status: "NEED"),
        ])]
        one.currentPatchSet?.comments = [InlineComment(file: "nova/api.py", line: 12, reviewer: bob, message: "Why not a dict?",
                                                       unresolved: true)]
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [one, change(2)], at: t0))
        _ = reduce(&state, .localStateLoaded(nil, problem: nil))
        if online { _ = reduce(&state, .eventFeed(.state(.live), at: t0)) }
        return state
    }

    @Test func theReviewFormSetsAValuePerLabelAndAsksWithExactlyWhatWillBeSent() {
        var state = loaded()
        #expect(reduce(&state, .commandInvoked(.review)).isEmpty)
        guard case .reviewForm(let form) = state.overlay else {
            Issue.record("no form: \(state.overlay)")
            return
        }
        #expect(form.rows.map(\.label) == ["Code-Review", "Verified", "Workflow"])
        #expect(form.rows.map(\.values) == [-2...2, -1...1, -1...1])
        _ = reduce(&state, .formValueStepped(by: 1))
        _ = reduce(&state, .formValueStepped(by: 1))
        _ = reduce(&state, .formValueStepped(by: 1))   // stops at +2
        _ = reduce(&state, .formRowMoved(by: 2))
        _ = reduce(&state, .formValueSet(1))
        _ = reduce(&state, .formValueSet(5))           // refused, with the range
        #expect(state.messages.last?.text == "Workflow takes -1..+1")
        _ = reduce(&state, .formRowMoved(by: 1))
        _ = reduce(&state, .formMessageEditRequested)
        guard case .compose(let compose) = state.overlay else {
            Issue.record("no editor for the form's message: \(state.overlay)")
            return
        }
        #expect(compose.purpose == .formMessage)
        for character in "Ship it" { _ = reduce(&state, .composeEdited(.insert(String(character)))) }
        _ = reduce(&state, .composeFinished)
        guard case .reviewForm(let back) = state.overlay else {
            Issue.record("the form did not come back: \(state.overlay)")
            return
        }
        #expect(back.message == "Ship it")
        #expect(reduce(&state, .formSubmitted).isEmpty)
        let request = ReviewRequest(change: 1, patchSet: 3, votes: ["Code-Review": 2, "Workflow": 1], message: "Ship it")
        #expect(state.confirmation == Confirmation(request: request, prompt: "Code-Review +2, Workflow +1, a message on 1,3"))
        #expect(state.overlay == .none)
        #expect(reduce(&state, .confirmationAnswered(true)).first == .postReview(id: 1, request: request))
    }

    @Test func aMessageWrittenInTheBuiltInEditorIsPostedAndKeptUntilTheServerTakesIt() {
        var state = loaded()
        _ = reduce(&state, .commandInvoked(.message))
        guard case .compose(let compose) = state.overlay else {
            Issue.record("no editor: \(state.overlay)")
            return
        }
        #expect(compose.purpose == .message(change: 1, patchSet: 3))
        for character in "first" { _ = reduce(&state, .composeEdited(.insert(String(character)))) }
        _ = reduce(&state, .composeEdited(.newline))
        for character in "second" { _ = reduce(&state, .composeEdited(.insert(String(character)))) }
        let effects = reduce(&state, .composeFinished)
        let request = ReviewRequest(change: 1, patchSet: 3, message: "first\nsecond")
        #expect(effects.first == .postReview(id: 1, request: request))
        #expect(effects.contains { if case .saveLocalState(let saved) = $0 { return saved.unsent.count == 1 }; return false })
        #expect(state.local.unsent == [UnsentReview(id: 1, request: request, status: .posting)])
        // Refused: the text stays, and is offered again when the change is opened.
        _ = reduce(&state, .reviewFailed(id: 1, message: "change 1 is closed", at: t0))
        #expect(state.local.unsent == [UnsentReview(id: 1, request: request, status: .failed("change 1 is closed"))])
        #expect(state.messages.last?.text == "\"first\" refused on 1: change 1 is closed (kept as a draft)")
        _ = reduce(&state, .commandInvoked(.open))
        #expect(state.confirmation?.prompt == "Not sent (change 1 is closed): \"first\" on 1,3 — post again?")
        // No keeps it; m writes it further, from the kept text.
        _ = reduce(&state, .confirmationAnswered(false))
        #expect(state.local.unsent.count == 1)
        _ = reduce(&state, .commandInvoked(.message))
        guard case .compose(let again) = state.overlay else {
            Issue.record("no editor: \(state.overlay)")
            return
        }
        #expect(again.text.text == "first\nsecond")
    }

    @Test func anEditorLeftWithEscKeepsItsTextAsADraft() {
        var state = loaded()
        _ = reduce(&state, .commandInvoked(.message))
        for character in "half a thought" { _ = reduce(&state, .composeEdited(.insert(String(character)))) }
        let effects = reduce(&state, .composeCancelled)
        #expect(state.overlay == .none)
        #expect(state.local.unsent.first?.request.message == "half a thought")
        #expect(effects.contains { if case .saveLocalState = $0 { return true }; return false })
    }

    @Test func typedTextIsSavedOnceTheDelayPassesNotOnEveryKey() {
        var state = loaded()
        _ = reduce(&state, .commandInvoked(.message))
        var effects: [Effect] = []
        for character in "half" { effects += reduce(&state, .composeEdited(.insert(String(character)))) }
        #expect(effects == [.scheduleDraftSave(after: AppState.draftSaveDelay)], "one delayed save for the four keys")
        let kept = ReviewRequest(change: 1, patchSet: 3, message: "half")
        #expect(state.local.unsent == [UnsentReview(id: 1, request: kept, status: .failed(AppState.interruptedDraft))])
        // What a hang-up within the delay writes at once.
        #expect(state.localStateToKeep == state.local)
        // A key that changes nothing saves nothing.
        #expect(reduce(&state, .composeEdited(.left)).isEmpty)
        #expect(reduce(&state, .draftSaveDelayPassed) == [.saveLocalState(state.local)])
        #expect(reduce(&state, .draftSaveDelayPassed).isEmpty, "nothing typed since")
        // The next change waits for a delay of its own (the cursor is before the "f").
        _ = reduce(&state, .composeEdited(.deleteBackward))
        #expect(reduce(&state, .composeEdited(.insert("l"))) == [])
        #expect(state.draftSavePending)
        let saved = reduce(&state, .draftSaveDelayPassed)
        #expect(saved == [.saveLocalState(state.local)] && state.local.unsent.first?.request.message == "half")

        // The terminal closes here. The next start reads what was saved; opening the change offers it.
        var next = loaded()
        _ = reduce(&next, .localStateLoaded(state.local, problem: nil))
        _ = reduce(&next, .commandInvoked(.open))
        #expect(next.confirmation?.prompt == "Not sent (the terminal closed while it was written): \"half\" on 1,3 — post again?")

        // Sent with Ctrl-S instead, the kept text becomes the post (same id), not a second copy.
        let sent = reduce(&state, .composeFinished)
        #expect(sent.first == .postReview(id: 1, request: kept))
        #expect(state.local.unsent == [UnsentReview(id: 1, request: kept, status: .posting)])
    }

    @Test func withAnExternalEditorTheHostOpensItWithTheQuotedThreadAndItsAnswerIsPosted() {
        var state = loaded()
        state.canEditExternally = true
        _ = reduce(&state, .commandInvoked(.showComments))
        let thread = AppState.threadArgument(patchSet: 3, file: "nova/api.py", line: 12, unresolved: true)
        let effects = reduce(&state, .commandInvoked(.reply, argument: thread))
        let purpose = ComposePurpose.reply(change: 1, patchSet: 3, file: "nova/api.py", line: 12, unresolved: nil)
        #expect(effects == [.host(.editText(purpose, initial: "> nova/api.py:12:\n> Bob Bell (PS3): Why not a dict?\n\n"))])
        let posted = reduce(&state, .textEdited(purpose, text: "> nova/api.py:12:\n> quoted\n\nA dict is slower here.\n"))
        let request = ReviewRequest(change: 1, patchSet: 3,
                                    comments: [ReviewComment(file: "nova/api.py", line: 12, message: "A dict is slower here.")])
        #expect(posted.first == .postReview(id: 1, request: request))
        // An editor that cannot run hands over to the built-in one, and says why.
        _ = reduce(&state, .textEdited(purpose, text: nil, problem: "vim exited with status 1; nothing was sent"))
        #expect(state.messages.last?.text == "vim exited with status 1; nothing was sent")
        if case .compose(let compose) = state.overlay { #expect(compose.purpose == purpose) } else { Issue.record("no editor") }
    }

    @Test func resolvingAThreadAsksThenPostsADoneInIt() {
        var state = loaded()
        _ = reduce(&state, .commandInvoked(.showComments))
        let thread = AppState.threadArgument(patchSet: 3, file: "nova/api.py", line: 12, unresolved: true)
        _ = reduce(&state, .commandInvoked(.toggleResolved, argument: thread))
        let done = ReviewRequest(change: 1, patchSet: 3,
                                 comments: [ReviewComment(file: "nova/api.py", line: 12, message: "Done", unresolved: false)])
        #expect(state.confirmation == Confirmation(request: done, prompt: "Resolve nova/api.py:12 on 1,3"))
        // Without a thread in view there is nothing to reply to.
        _ = reduce(&state, .confirmationAnswered(false))
        _ = reduce(&state, .commandInvoked(.reply, argument: nil))
        #expect(state.messages.last?.text == "No inline comment in view to reply to; scroll to one first")
    }

    @Test func offlineAConfirmedVoteIsQueuedAndGoesWhenTheConnectionIsBack() {
        var state = loaded(online: false)
        _ = reduce(&state, .eventFeed(.state(.reconnecting(attempt: 1, delay: 2, reason: "refused")), at: t0))
        _ = reduce(&state, .commandInvoked(.codeReviewPlus1))
        let effects = reduce(&state, .confirmationAnswered(true))
        let request = ReviewRequest(change: 1, patchSet: 3, votes: ["Code-Review": 1])
        #expect(!effects.contains { if case .postReview = $0 { return true }; return false })
        #expect(state.local.unsent == [UnsentReview(id: 1, request: request, status: .queued)])
        #expect(state.messages.last?.text == "Queued until review.example.org is back: Code-Review +1 on 1,3")
        #expect(state.rows.first?.hasPendingReview == true)
        let back = reduce(&state, .eventFeed(.state(.live), at: t0.addingTimeInterval(5)))
        #expect(back.first == .postReview(id: 1, request: request))
        #expect(state.local.unsent.first?.status == .posting)
    }

    @Test func aQueuedReviewWhoseChangeMovedOnWaitsAndAsksAgainWhenOpened() {
        var state = loaded(online: false)
        _ = reduce(&state, .eventFeed(.state(.offline(reason: "refused")), at: t0))
        _ = reduce(&state, .commandInvoked(.message))
        for character in "lgtm" { _ = reduce(&state, .composeEdited(.insert(String(character)))) }
        _ = reduce(&state, .composeFinished)
        // A new patch set arrives before the connection does.
        let upload = StreamEvent.patchSetCreated(PatchSetCreated(change: Change(project: "nova", number: 1),
                                                                 patchSet: PatchSet(number: 4), uploader: alice, createdOn: t0))
        _ = reduce(&state, .eventFeed(.event(upload), at: t0))
        let back = reduce(&state, .eventFeed(.state(.live), at: t0.addingTimeInterval(5)))
        #expect(!back.contains { if case .postReview = $0 { return true }; return false })
        #expect(state.local.unsent.first?.status == .failed("change 1 has patch set 4 now"))
        _ = reduce(&state, .commandInvoked(.open))
        #expect(state.confirmation?.request.patchSet == 4)
        #expect(state.confirmation?.prompt == "Not sent (change 1 has patch set 4 now): \"lgtm\" on 1,4 — post again?")
    }

    @Test func whatWasKeptComesBackAfterARestart() throws {
        var first = loaded()
        _ = reduce(&first, .commandInvoked(.open))
        #expect(first.local.seen[1] == t0)
        _ = reduce(&first, .commandInvoked(.back))
        _ = reduce(&first, .commandInvoked(.moveDown))
        _ = reduce(&first, .commandInvoked(.toggleReviewed))
        #expect(first.local.reviewed[2] == ReviewedMark(patchSet: 1, messages: 0))
        let saved = try LocalStateCoding.encode(first.local)

        // The next run: change 1 changed since I looked at it; change 2 did not.
        var next = makeState()
        _ = reduce(&next, .queryFinished(plainTab("nova").queryID, [change(1, updated: t0.addingTimeInterval(60)), change(2)],
                                         at: t0.addingTimeInterval(120)))
        #expect(next.unread.isEmpty)
        _ = reduce(&next, .localStateLoaded(try LocalStateCoding.decode(saved), problem: nil))
        #expect(next.unread == [1])
        #expect(next.local.reviewed[2] != nil)
    }

    /// Reading the kept state back writes it again only when the reading changed it: a start
    /// does not spend its first milliseconds storing what it just read.
    @Test func theKeptStateIsWrittenBackOnlyWhenReadingItChangedIt() {
        var kept = LocalState()
        kept.seen[4] = t0
        kept.reviewed[2] = ReviewedMark(patchSet: 1, messages: 0)
        var state = makeState()
        #expect(reduce(&state, .localStateLoaded(kept, problem: nil)).isEmpty)
        #expect(state.local == kept)
        var nothing = makeState()
        #expect(reduce(&nothing, .localStateLoaded(nil, problem: nil)).isEmpty, "no file and nothing to keep")
        // A post the last run did not see answered is offered again: that is news worth keeping.
        let request = ReviewRequest(change: 1, patchSet: 1, votes: ["Code-Review": 1])
        kept.unsent = [UnsentReview(id: 3, request: request, status: .posting)]
        var posting = makeState()
        let effects = reduce(&posting, .localStateLoaded(kept, problem: nil))
        #expect(effects == [.saveLocalState(posting.local)])
        #expect(posting.local.unsent.first?.status == .failed("the last run ended before the server answered"))
    }

    @Test func aChangeMarkedReviewedLeavesTheTodoListsUntilItGetsANewPatchSet() {
        let tab = TabSpec.todo(.noones, me: "demo")
        var state = makeState(tabs: [tab])
        _ = reduce(&state, .queryFinished(tab.queryID, [change(1), change(2)], at: t0))
        _ = reduce(&state, .localStateLoaded(nil, problem: nil))
        #expect(state.visibleNumbers(inTab: 0) == [1, 2])
        _ = reduce(&state, .commandInvoked(.toggleReviewed))
        #expect(state.visibleNumbers(inTab: 0) == [2])
        // The tab bar counts the rows shown, not the list the server sent.
        #expect(state.tabTitles[0].count == 1)
        let upload = StreamEvent.patchSetCreated(PatchSetCreated(change: Change(project: "nova", number: 1),
                                                                 patchSet: PatchSet(number: 2), uploader: alice, createdOn: t0))
        _ = reduce(&state, .eventFeed(.event(upload), at: t0))
        #expect(state.visibleNumbers(inTab: 0) == [1, 2])
    }

    @Test func theLocalStateFileIsVersionedAndAStrangerIsRefused() throws {
        let state = LocalState(unsent: [UnsentReview(id: 3, request: ReviewRequest(change: 5, patchSet: 1, message: "x"),
                                                     status: .failed("no"))],
                               seen: [5: t0], reviewed: [6: ReviewedMark(patchSet: 2, messages: 4)])
        #expect(try LocalStateCoding.decode(LocalStateCoding.encode(state)) == state)
        let newer = Data(#"{"version":99,"state":{"unsent":[],"seen":{},"reviewed":{}}}"#.utf8)
        #expect(throws: LocalStateError.self) { try LocalStateCoding.decode(newer) }
    }

    @Test func aNewerServerGetsAnAttentionTabThatAsksTheServerAboutEachChangedChange() {
        var state = makeState(tabs: [plainTab("nova")])
        let effects = reduce(&state, .serverVersionFound(major: 3, minor: 9))
        #expect(state.tabs.map(\.id) == ["nova", "attention"])
        let attention = state.tabs[1].spec
        #expect(attention.query.rendered == "status:open AND attention:demo")
        #expect(effects == [.query(id: attention.queryID, query: attention.query, options: AppState.listOptions)])
        _ = reduce(&state, .queryFinished(attention.queryID, [change(1)], at: t0))
        _ = reduce(&state, .queryFinished(state.tabs[0].spec.queryID, [change(1), change(2)], at: t0))
        // A vote on 2 may put it in my attention set: only the server can say.
        let vote = commentAdded(2, by: bob, votes: [("Code-Review", -1, 0)], at: t0, owner: me)
        let asked = reduce(&state, .eventFeed(.event(vote), at: t0))
        #expect(asked.contains(.query(id: .membership([2], tab: "attention"), query: .and([.change(2), attention.query]),
                                      options: AppState.membershipOptions)))
        // More events while that question is out: no new query each, one question for them all after.
        for number in [1, 2] {
            let more = reduce(&state, .eventFeed(.event(commentAdded(number, by: bob, votes: [("Code-Review", -1, 0)], at: t0, owner: me)), at: t0))
            #expect(!more.contains { if case .query = $0 { return true }; return false })
        }
        let next = reduce(&state, .queryFinished(.membership([2], tab: "attention"), [change(2)], at: t0))
        #expect(state.tabs[1].members == [2, 1])
        #expect(next == [.query(id: .membership([1, 2], tab: "attention"),
                                query: .and([.or([.change(1), .change(2)]), attention.query]), options: AppState.membershipOptions)])
        // The server says 1 has left my attention set; 2 stays; nothing more is asked.
        #expect(reduce(&state, .queryFinished(.membership([1, 2], tab: "attention"), [change(2)], at: t0)).isEmpty)
        #expect(state.tabs[1].members == [2])
        #expect(state.membershipAsking.isEmpty && state.membershipWaiting.isEmpty)
        // An older server has no attention set.
        var old = makeState(tabs: [plainTab("nova")])
        #expect(reduce(&old, .serverVersionFound(major: 3, minor: 2)).isEmpty)
        #expect(old.tabs.count == 1)
    }
}
