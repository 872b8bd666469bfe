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

    @Test func aVoteIsPostedOnTheCurrentPatchSetAndItsResultIsReported() {
        var store = loaded()
        let request = ReviewRequest(change: 1, patchSet: 3, votes: ["Code-Review": 2])
        store.send(.vote(label: "Code-Review", value: 2), effects: [.postReview(id: 1, request: request)]) {
            $0.pendingReviews = [PendingReview(id: 1, summary: "Code-Review +2 on 1,3")]
            $0.nextRequestID = 2
        }
        #expect(store.state.statusBar.pending == 1)
        let at = t0.addingTimeInterval(1)
        store.send(.reviewFinished(id: 1, at: at)) {
            $0.now = at
            $0.pendingReviews = []
            $0.messages = [StatusMessage(text: "Posted Code-Review +2 on 1,3", expires: at.addingTimeInterval(5))]
        }
        let abandon = ReviewRequest(change: 2, patchSet: 1, message: "obsolete", action: .abandon)
        store.send(.postReview(abandon), effects: [.postReview(id: 2, request: abandon)]) {
            $0.pendingReviews = [PendingReview(id: 2, summary: "abandon on 2,1")]
            $0.nextRequestID = 3
        }
        store.send(.reviewFailed(id: 2, message: "demo: change is closed", at: at)) {
            $0.pendingReviews = []
            $0.messages.append(StatusMessage(text: "Could not post abandon on 2,1: demo: change is closed", kind: .error,
                                             expires: at.addingTimeInterval(5)))
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

    @Test func aConfirmedVoteIsPostedAndADismissedOneIsNot() {
        var store = loaded()
        let request = ReviewRequest(change: 1, patchSet: 3, votes: ["Workflow": 1])
        store.send(.voteAfterConfirming(label: "Workflow", value: 1)) {
            $0.confirmation = Confirmation(request: request, prompt: "Post Workflow +1 on 1,3?")
        }
        store.send(.confirmationDismissed) { $0.confirmation = nil }
        store.send(.voteAfterConfirming(label: "Workflow", value: 1)) {
            $0.confirmation = Confirmation(request: request, prompt: "Post Workflow +1 on 1,3?")
        }
        // Esc says no, before it closes anything else.
        store.send(.back) { $0.confirmation = nil }
        store.send(.confirmReview(request)) { $0.confirmation = Confirmation(request: request, prompt: "Post Workflow +1 on 1,3?") }
        store.send(.confirmationAccepted, effects: [.postReview(id: 1, request: request)]) {
            $0.confirmation = nil
            $0.pendingReviews = [PendingReview(id: 1, summary: "Workflow +1 on 1,3")]
            $0.nextRequestID = 2
        }
        store.send(.confirmationAccepted)
    }

    @Test func browserAndClipboardUseTheChangeURL() {
        var store = loaded()
        store.send(.openInBrowser, effects: [.host(.openURL("https://review.example.org/1"))])
        store.send(.copyURL, effects: [.host(.copyToClipboard("https://review.example.org/1"))]) {
            $0.messages = [StatusMessage(text: "Copied https://review.example.org/1", expires: t0.addingTimeInterval(5))]
        }
        var empty = TestStore(makeState())
        empty.send(.vote(label: "Code-Review", value: 1)) {
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
        store.send(.quit, effects: [.quit]) { $0.isQuitting = true }
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
