import Foundation
import GerritModel
import Testing
@testable import Store

/// How one event changes a listed change, without a query.
@Suite struct ChangeEventTests {
    let at = t0.addingTimeInterval(60)

    @Test func aNewPatchSetStartsWithoutVotes() {
        let before = change(5, patchSet: 1, votes: [("Code-Review", 1, bob)])
        let event = StreamEvent.patchSetCreated(PatchSetCreated(change: Change(number: 5), patchSet: PatchSet(number: 2),
                                                                uploader: alice, createdOn: at))
        let after = before.applying(event, at: t0)
        #expect(after.latestPatchSet == PatchSet(number: 2))
        #expect(after.votes(for: "Code-Review").isEmpty)
        #expect(after.lastUpdated == at)
    }

    @Test func aCommentReplacesTheAuthorsVoteAndAZeroRemovesIt() {
        let before = change(5, votes: [("Code-Review", 1, bob), ("Code-Review", -1, alice)])
        let changed = before.applying(commentAdded(5, by: bob, votes: [("Code-Review", 2, 1)], at: at), at: at)
        #expect(changed.votes(for: "Code-Review").map(\.value) == [-1, 2])
        let withdrawn = changed.applying(commentAdded(5, by: alice, votes: [("Code-Review", 0, -1)], at: at), at: at)
        #expect(withdrawn.votes(for: "Code-Review").map(\.value) == [2])
        // Labels listed without an old value did not change: the recorded vote stays.
        let same = withdrawn.applying(commentAdded(5, by: bob, votes: [("Code-Review", 2, nil)], at: at), at: at)
        #expect(same.votes(for: "Code-Review") == withdrawn.votes(for: "Code-Review"))
    }

    @Test func removingAReviewerTakesTheirVotesAway() {
        let before = change(5, votes: [("Code-Review", -2, bob), ("Verified", 1, bob), ("Code-Review", 1, alice)])
        let event = StreamEvent.voteDeleted(ReviewerDeleted(change: Change(number: 5), reviewer: bob, remover: alice,
                                                            approvals: [Approval(type: "Code-Review", value: 0)], createdOn: at))
        let after = before.applying(event, at: at)
        #expect(after.votes(for: "Code-Review").map(\.value) == [1])
        #expect(after.votes(for: "Verified").map(\.value) == [1])
        let reviewerGone = StreamEvent.reviewerDeleted(ReviewerDeleted(change: Change(number: 5), reviewer: bob, createdOn: at))
        #expect(after.applying(reviewerGone, at: at).votes(for: "Verified").isEmpty)
    }

    @Test func statusEventsCloseAndReopen() {
        let open = change(5)
        let abandoned = open.applying(.changeAbandoned(ChangeAbandoned(change: Change(number: 5), abandoner: bob)), at: at)
        #expect(abandoned.status == .abandoned && !abandoned.isOpen)
        let restored = abandoned.applying(.changeRestored(ChangeRestored(change: Change(number: 5), restorer: bob)), at: at)
        #expect(restored.status == .new && restored.isOpen)
        // No event time: the arrival time stands in.
        #expect(restored.lastUpdated == at)
        let topic = restored.applying(.topicChanged(TopicChanged(change: Change(topic: "bp/x", number: 5), changer: bob)), at: at)
        #expect(topic.topic == "bp/x")
    }

    @Test func watchLinesSayWhatWatchSays() {
        func headline(_ event: StreamEvent) -> String {
            WatchEntry(event: event, receivedAt: at, settings: classifierSettings, knownChange: nil).summary.headline
        }
        #expect(headline(.patchSetCreated(PatchSetCreated(change: Change(number: 1), patchSet: PatchSet(number: 4)))) == "new patch set 4")
        #expect(headline(commentAdded(1, by: bob, votes: [("Code-Review", -1, 0), ("Verified", 1, nil)], at: at))
            == "commented (Code-Review -1)")
        #expect(headline(.changeMerged(ChangeMerged(change: Change(number: 1)))) == "merged")
        #expect(headline(.reviewerAdded(ReviewerAdded(change: Change(number: 1), reviewer: alice))) == "reviewer added: Alice Ames")
        // Event names are words, never the raw type; an unknown plugin type says what it is.
        #expect(headline(.hashtagsChanged(HashtagsChanged(change: Change(number: 1), editor: bob, added: ["ptg"]))) == "hashtags +#ptg")
        #expect(headline(.unknown(type: "change-deferred", raw: "{}")) == "unknown (change-deferred)")
    }

    @Test func anEventWithoutItsSubjectTakesTheKnownChanges() {
        let known = change(5, subject: "Known subject")
        let entry = WatchEntry(event: commentAdded(5, by: bob, at: at), receivedAt: at, settings: classifierSettings, knownChange: known)
        #expect(entry.summary.subject == "Known subject")
    }
}
