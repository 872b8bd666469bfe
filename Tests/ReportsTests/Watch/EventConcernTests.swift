import Foundation
import GerritModel
import Reports
import Testing

@Suite("events that concern me")
struct EventConcernTests {
    let classifier = TodoClassifier(me: "demo", bots: ["zuul"])
    let me = Account(name: "Demo User", username: "demo")
    let carol = Account(name: "Carol", username: "carol")
    let zuul = Account(name: "Zuul", username: "zuul")

    func concern(_ event: StreamEvent, known: Change? = nil, reviewedByMe: Bool = false) -> EventConcern? {
        let summary = EventSummary(event: event, receivedAt: Date(), bots: BotMatcher(names: classifier.bots.sorted()))
        return EventConcern(summary: summary, for: classifier, change: known, reviewedByMe: reviewedByMe)
    }

    func comment(by author: Account, owner: Account, votes: [(String, Int)] = []) -> StreamEvent {
        .commentAdded(CommentAdded(change: Change(number: 1, owner: owner), patchSet: PatchSet(number: 1), author: author,
                                   approvals: votes.map { Approval(type: $0.0, value: $0.1, oldValue: 0) }, comment: "Hm"))
    }

    func upload(by uploader: Account, owner: Account) -> StreamEvent {
        .patchSetCreated(PatchSetCreated(change: Change(number: 1, owner: owner), patchSet: PatchSet(number: 2), uploader: uploader))
    }

    @Test func aNegativeVoteOnMyChange() {
        #expect(concern(comment(by: carol, owner: me, votes: [("Code-Review", -1)])) == .negativeVoteOnMine)
        #expect(concern(comment(by: carol, owner: me, votes: [("Code-Review", -2)])) == .negativeVoteOnMine)
        // A +1 on my change is still someone answering me.
        #expect(concern(comment(by: carol, owner: me, votes: [("Code-Review", 1)])) == .replyToMe)
    }

    @Test func aCommentWhereIHaveCommented() {
        let discussed = Change(number: 1, owner: carol, comments: [ChangeMessage(reviewer: me, message: "Patch Set 1:\n\nWhy?")])
        let dave = Account(name: "Dave", username: "dave")
        #expect(concern(comment(by: dave, owner: carol), known: discussed) == .replyToMe)
        #expect(concern(comment(by: dave, owner: carol), known: Change(number: 1, owner: carol)) == nil)
    }

    @Test func aNewPatchSetOfAChangeIReview() {
        let reviewed = Change(number: 1, owner: carol, allReviewers: [me])
        #expect(concern(upload(by: carol, owner: carol), known: reviewed) == .newPatchSetOnReviewed)
        #expect(concern(upload(by: carol, owner: carol), reviewedByMe: true) == .newPatchSetOnReviewed)
        #expect(concern(upload(by: carol, owner: carol)) == nil)
    }

    @Test func myOwnActionsAndBotsNeverConcernMe() {
        #expect(concern(comment(by: me, owner: me, votes: [("Code-Review", -1)])) == nil)
        #expect(concern(comment(by: zuul, owner: me, votes: [("Verified", -1)])) == nil)
        #expect(concern(upload(by: me, owner: carol), reviewedByMe: true) == nil)
        let merged = StreamEvent.changeMerged(ChangeMerged(change: Change(number: 1, owner: me), submitter: carol))
        #expect(concern(merged) == nil)
    }
}
