import Foundation
import GerritModel
import Testing

/// `Change.everyVoter` and `anyVoter`: who voted on any patch set, from the votes or the stored
/// digest, as the todo lists ask it.
struct ChangeVotersTests {
    private static let alice = Account(name: "Alice", email: "alice@example.org", username: "alice")
    private static let bob = Account(name: "Bob", username: "bob")
    private static let zuul = Account(name: "Zuul", username: "zuul")

    private static func patchSet(_ number: Int, _ voters: [Account?]) -> PatchSet {
        PatchSet(number: number, approvals: voters.map {
            Approval(type: "Code-Review", value: 1, by: $0)
        })
    }

    @Test func everyVoterIsEachVoterOnceInTheOrderOfTheirFirstVote() {
        let change = Change(number: 1, patchSets: [
            Self.patchSet(1, [Self.zuul, Self.bob]),
            Self.patchSet(2, [Self.bob, nil, Self.alice, Self.zuul]),
        ])
        #expect(change.everyVoter == [Self.zuul, Self.bob, Self.alice])
    }

    @Test func aCurrentPatchSetSentAloneCountsOnce() {
        let alone = Change(number: 1, currentPatchSet: Self.patchSet(3, [Self.alice]), patchSets: [Self.patchSet(1, [Self.bob])])
        #expect(alone.everyVoter == [Self.bob, Self.alice])
        let listed = Change(number: 1, currentPatchSet: Self.patchSet(2, [Self.alice]),
                            patchSets: [Self.patchSet(1, [Self.bob]), Self.patchSet(2, [Self.alice])])
        #expect(listed.everyVoter == [Self.bob, Self.alice])
    }

    @Test func aStoredDigestIsTheAnswerEvenWithoutThePatchSets() {
        let stored = Change(number: 1, currentPatchSet: Self.patchSet(2, [Self.zuul]), voterDigest: [Self.bob, Self.zuul])
        #expect(stored.everyVoter == [Self.bob, Self.zuul])
        #expect(stored.anyVoter { $0.username == "bob" })
        #expect(!stored.anyVoter { $0.username == "alice" })
        // Without the digest the same change knows only the current patch set's voter.
        var fresh = stored
        fresh.voterDigest = nil
        #expect(!fresh.anyVoter { $0.username == "bob" })
    }

    @Test func anyVoterSkipsVotesWithoutAVoter() {
        let change = Change(number: 1, patchSets: [Self.patchSet(1, [nil])])
        #expect(!change.anyVoter { _ in true })
        #expect(change.everyVoter.isEmpty)
    }
}
