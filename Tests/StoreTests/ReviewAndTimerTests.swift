import Foundation
import GerritModel
import GerritRemote
import Testing
@testable import Store

/// Votes and reviews, browser and clipboard, messages that expire, and the refresh timer.
@Suite struct ReviewAndTimerTests {
    func loaded() -> TestStore {
        var state = makeState()
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1, patchSet: 3), change(2)], at: t0))
        return TestStore(state)
    }

    /// Change 1 (patch set 3) with my vote set on it, as the optimistic update shows it.
    func withMyVote(_ label: String, _ value: Int, on base: Change) -> Change {
        var voted = base
        voted.setVote(label, value: value, by: Account(username: "demo"), at: t0)
        return voted
    }

    @Test func aQuickVoteAsksFirstThenShowsAtOnceAndIsConfirmedByTheServer() {
        var store = loaded()
        let request = ReviewRequest(change: 1, patchSet: 3, votes: ["Code-Review": 2])
        store.send(.commandInvoked(.codeReviewPlus2)) {
            $0.confirmation = Confirmation(request: request, prompt: "Code-Review +2 on 1,3")
        }
        let voted = withMyVote("Code-Review", 2, on: store.state.changes[1]!)
        store.send(.confirmationAnswered(true), effects: [.postReview(id: 1, request: request)]) {
            $0.confirmation = nil
            $0.pendingReviews = [PendingReview(id: 1, request: request, summary: "Code-Review +2 on 1,3",
                                               previousVotes: ["Code-Review": Int?.none])]
            $0.nextRequestID = 2
            $0.changes[1] = voted
            $0.categories[1] = classified(voted)
            // Kept until the server takes it.
            $0.local.unsent = [UnsentReview(id: 1, request: request, status: .posting)]
        }
        #expect(store.state.statusBar.pending == 1)
        #expect(store.state.hasPendingReview(1))
        let at = t0.addingTimeInterval(1)
        store.send(.reviewFinished(id: 1, at: at)) {
            $0.now = at
            $0.pendingReviews = []
            $0.local.unsent = []
            $0.messages = [StatusMessage(text: "Posted Code-Review +2 on 1,3", expires: at.addingTimeInterval(5))]
        }
        #expect(store.state.changes[1]?.latestPatchSet?.approvals.map(\.value) == [2])
    }

    @Test func aRefusedReviewRollsBackAndSaysWhyInWords() {
        var store = loaded()
        let request = ReviewRequest(change: 2, patchSet: 1, votes: ["Code-Review": -1])
        var state = store.state
        state.confirmVotes = .strong
        store = TestStore(state)
        // With confirm-votes = strong a -1 posts at once.
        let voted = withMyVote("Code-Review", -1, on: store.state.changes[2]!)
        store.send(.commandInvoked(.moveDown))  { $0.tabs[0].selection = 2; $0.tabs[0].selectionIndex = 1 }
        store.send(.commandInvoked(.codeReviewMinus1), effects: [.postReview(id: 1, request: request)]) {
            $0.pendingReviews = [PendingReview(id: 1, request: request, summary: "Code-Review -1 on 2,1",
                                               previousVotes: ["Code-Review": Int?.none])]
            $0.nextRequestID = 2
            $0.changes[2] = voted
            $0.categories[2] = classified(voted)
            $0.local.unsent = [UnsentReview(id: 1, request: request, status: .posting)]
        }
        let at = t0.addingTimeInterval(1)
        let original = change(2)
        store.send(.reviewFailed(id: 1, message: "change 2 is closed", at: at)) {
            $0.now = at
            $0.pendingReviews = []
            // Votes alone are not kept: rolled back, with the reason.
            $0.local.unsent = []
            $0.changes[2] = original
            $0.categories[2] = classified(original)
            $0.messages = [StatusMessage(text: "Code-Review -1 refused on 2: change 2 is closed", kind: .error,
                                         expires: at.addingTimeInterval(5))]
        }
        #expect(store.state.statusBar.message?.kind == .error)
        // Messages go away on the first tick after they expire.
        let later = at.addingTimeInterval(5)
        store.send(.tick(later), effects: [.scheduleTick(after: 1)]) {
            $0.now = later
            $0.classifiedAt = later
            $0.messages = []
        }
    }

    @Test func strongReviewsAlwaysAskAndNoOrEscDropsThem() {
        var state = makeState()
        // The server's submit records name the labels the change takes.
        var one = change(1, patchSet: 3)
        one.submitRecords = [SubmitRecord(status: "NOT_READY", labels: [SubmitLabel(label: "Code-Review", status: "NEED"),
                                                                          SubmitLabel(label: "Workflow", status: "NEED")])]
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [one, change(2)], at: t0))
        state.confirmVotes = .strong
        var store = TestStore(state)
        let approve = ReviewRequest(change: 1, patchSet: 3, votes: ["Code-Review": 2, "Workflow": 1])
        store.send(.commandInvoked(.approve)) {
            $0.confirmation = Confirmation(request: approve, prompt: "Code-Review +2, Workflow +1 on 1,3")
        }
        store.send(.confirmationAnswered(false)) { $0.confirmation = nil }
        let abandon = ReviewRequest(change: 1, patchSet: 3, action: .abandon)
        store.send(.commandInvoked(.abandon)) { $0.confirmation = Confirmation(request: abandon, prompt: "abandon on 1,3") }
        // Esc says no, before it closes anything else.
        store.send(.commandInvoked(.back)) { $0.confirmation = nil }
        let submit = ReviewRequest(change: 1, patchSet: 3, action: .submit)
        store.send(.commandInvoked(.submit)) { $0.confirmation = Confirmation(request: submit, prompt: "submit on 1,3") }
        store.send(.confirmationAnswered(true), effects: [.postReview(id: 1, request: submit)]) {
            $0.confirmation = nil
            $0.pendingReviews = [PendingReview(id: 1, request: submit, summary: "submit on 1,3")]
            $0.nextRequestID = 2
            $0.local.unsent = [UnsentReview(id: 1, request: submit, status: .posting)]
        }
        store.send(.confirmationAnswered(true))
    }

    @Test func aLabelTheChangeCannotTakeIsRefusedHereWithTheOnesItCan() {
        var store = loaded()
        store.send(.commandInvoked(.vote, argument: "Verified +1")) {
            $0.messages = [StatusMessage(text: "Verified is not a label of change 1 (labels: Code-Review -2..+2)", kind: .error,
                                         expires: t0.addingTimeInterval(5))]
        }
        store.send(.commandInvoked(.vote, argument: "code-review +3")) {
            $0.messages.append(StatusMessage(text: "Code-Review takes -2..+2, not +3", kind: .error, expires: t0.addingTimeInterval(5)))
        }
        // Spelled as the server spells it, whatever was typed.
        let request = ReviewRequest(change: 1, patchSet: 3, votes: ["Code-Review": 1])
        store.send(.commandInvoked(.vote, argument: "code-review +1")) {
            $0.confirmation = Confirmation(request: request, prompt: "Code-Review +1 on 1,3")
        }
    }

    @Test func recheckPostsTheConfiguredMessage() {
        var store = loaded()
        let request = ReviewRequest(change: 1, patchSet: 3, message: "recheck")
        store.send(.commandInvoked(.recheck)) {
            $0.confirmation = Confirmation(request: request, prompt: "\"recheck\" on 1,3")
        }
    }

    @Test func browserAndClipboardUseTheChangeURL() {
        var store = loaded()
        store.send(.commandInvoked(.openInBrowser), effects: [.host(.openURL("https://review.example.org/1"))])
        store.send(.commandInvoked(.copyURL), effects: [.host(.copyToClipboard("https://review.example.org/1"))]) {
            $0.messages = [StatusMessage(text: "Copied https://review.example.org/1", expires: t0.addingTimeInterval(5))]
        }
        var empty = TestStore(makeState())
        empty.send(.commandInvoked(.codeReviewPlus1)) {
            $0.messages = [StatusMessage(text: "No change selected", kind: .error, expires: t0.addingTimeInterval(5))]
        }
    }

    @Test func theListsRefreshOnTheConfiguredInterval() {
        var store = loaded()
        let tab = plainTab("nova")
        let early = t0.addingTimeInterval(299)
        store.send(.tick(early), effects: [.scheduleTick(after: 1)]) { $0.now = early; $0.classifiedAt = early }
        #expect(store.state.statusBar.refresh == "refreshed 4m ago")
        let due = t0.addingTimeInterval(300)
        store.send(.tick(due), effects: [.query(id: tab.queryID, query: tab.query, options: AppState.listOptions),
                                         .scheduleTick(after: 1)]) {
            $0.now = due
            $0.inFlightQueries = [tab.queryID]
        }
        // Still running a second later: not sent twice.
        store.send(.tick(due.addingTimeInterval(1)), effects: [.scheduleTick(after: 1)]) { $0.now = due.addingTimeInterval(1) }
    }

    @Test func quittingStopsTheTimer() {
        var store = loaded()
        store.send(.commandInvoked(.quit), effects: [.quit]) { $0.isQuitting = true }
        store.send(.tick(t0)) { $0.classifiedAt = t0 }
    }

    @Test func rowsCarryWhatTheListDraws() {
        var state = makeState()
        let c = change(7, project: "neutron", subject: "Add DVR", owner: bob, updated: t0.addingTimeInterval(-2 * 86_400),
                       votes: [("Code-Review", 1, alice), ("Code-Review", -1, me), ("Verified", -1, zuul)])
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [c], at: t0))
        #expect(state.rows == [ChangeRow(
            number: 7, project: "neutron", branch: "master", subject: "Add DVR", owner: "Bob Bell",
            updated: t0.addingTimeInterval(-2 * 86_400), age: 2 * 86_400,
            votes: [LabelSummary(label: "Code-Review", abbreviation: "CR", values: [1, -1], hasHumanVote: true),
                    LabelSummary(label: "Verified", abbreviation: "V", values: [-1], hasHumanVote: false)],
            ci: .failed, isUnread: false, unresolvedComments: nil, isSelected: true, isWIP: false, status: .new)])
        // Ages are Reports' one rule: under a minute is "just now", as the CLI says it.
        #expect(state.statusBar.refresh == "refreshed just now")
    }
}
