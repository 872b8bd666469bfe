import Foundation
import GerritModel
import Reports
import Testing

@Suite("CI summary")
struct CISummaryTests {
    typealias F = CommentFixtures

    @Test func listsEveryBotOfTheChangeWithTickCrossOrDash() {
        let order = ["zuul", "jenkins", "XenServer CI"]
        let first = CISummary(change: F.change, patchSet: 1, bots: F.bots, order: order)
        #expect(first.text == "Zuul – Jenkins ✗ XenServer CI ✓")
        #expect(first.overall == .failed)
        let second = CISummary(change: F.change, patchSet: 2, bots: F.bots, order: order)
        #expect(second.text == "Zuul ✓ Jenkins – XenServer CI –")
        // A bot that said nothing on this patch set does not hold the verdict back.
        #expect(second.overall == .passed)
    }

    @Test func theVerdictIsUnknownOnlyWhileNoBotHasSpoken() {
        var change = F.change
        change.patchSets[1].approvals.removeAll { $0.by == F.zuul }
        change.comments.removeAll { $0.reviewer == F.zuul }
        let summary = CISummary(change: change, patchSet: 2, bots: F.bots, order: ["zuul", "jenkins"])
        #expect(summary.text == "Jenkins – XenServer CI –")
        #expect(summary.overall == .unknown)
    }

    @Test func aMessageGivesTheVerdictWhenThereIsNoVote() {
        var change = F.change
        change.patchSets[0].approvals.removeAll { $0.by == F.jenkins }
        let summary = CISummary(change: change, patchSet: 1, bots: F.bots, order: ["jenkins"])
        #expect(summary.results.first?.bot == "Jenkins")
        #expect(summary.results.first?.status == .failed)
    }

    @Test func withoutBotsThereIsNothingToSay() {
        let summary = CISummary(change: F.change, patchSet: 1, bots: BotMatcher(names: []))
        #expect(summary.results.isEmpty)
        #expect(summary.text == "")
        #expect(summary.overall == .unknown)
    }

    @Test func theThreadsCarryTheSummaryOfEachPatchSet() {
        let threads = CommentThreads(change: F.change, options: .init(bots: F.bots, botOrder: ["zuul", "jenkins"]))
        #expect(threads.patchSets[1].ci.results.first?.status == .passed)
    }
}

@Suite("CI summary of the current patch set")
struct CISummaryCurrentTests {
    @Test func summarisesTheNewestPatchSet() {
        let summary = CISummary(currentPatchSetOf: CommentFixtures.change, bots: CommentFixtures.bots, order: ["zuul"])
        #expect(summary.results.first?.bot == "Zuul")
        #expect(summary.results.first?.status == .passed)
        #expect(CISummary(currentPatchSetOf: Change(number: 9), bots: CommentFixtures.bots).results.isEmpty)
    }
}

@Suite("CI verdicts from messages")
struct CIVerdictTests {
    func status(of message: String) -> CIStatus {
        let bot = Account(name: "Zuul", username: "zuul")
        let change = Change(number: 1, patchSets: [PatchSet(number: 1)],
                            comments: [ChangeMessage(timestamp: Date(), reviewer: bot, message: message)])
        return CISummary(change: change, patchSet: 1, bots: BotMatcher(names: ["zuul"])).results.first?.status ?? .unknown
    }

    @Test func theVoteInTheHeaderOutranksAFailedNonVotingJob() {
        #expect(status(of: "Patch Set 1: Verified+1\n\nBuild succeeded.\n\n- optional-job : FAILURE in 3m") == .passed)
        #expect(status(of: "Patch Set 1: Verified-1\n\nBuild failed.") == .failed)
    }

    @Test func buildWordsThenJobLines() {
        #expect(status(of: "Patch Set 1:\n\nBuild succeeded (check pipeline).") == .passed)
        #expect(status(of: "Patch Set 1:\n\n- tempest : FAILURE in 40m") == .failed)
        #expect(status(of: "Patch Set 1:\n\nStarting check jobs.") == .unknown)
    }
}

@Suite("CI verdict of a list row")
struct CIVerdictFastPathTests {
    /// The list's CI column takes `CISummary.overall(currentPatchSetOf:bots:)`; it must say what
    /// the full summary says, for every change of the demo world, with and without each bot.
    @Test func theRowsVerdictAgreesWithTheFullSummaryOnTheDemoWorld() async throws {
        let open = try await DemoData.changes(.status("open"), comments: true)
        let merged = try await DemoData.changes(.status("merged"), comments: true)
        #expect(open.count > 100)
        let botSets = [DemoData.bots, BotMatcher(names: ["zuul"]), BotMatcher(names: ["jenkins", "Jenkins"]), BotMatcher(names: [])]
        var seen: Set<CIStatus> = []
        for bots in botSets {
            for change in open + merged + [CommentFixtures.change, Change(number: 9)] {
                let fast = CISummary.overall(currentPatchSetOf: change, bots: bots)
                #expect(fast == CISummary(currentPatchSetOf: change, bots: bots).overall, "change \(change.number)")
                seen.insert(fast)
            }
        }
        #expect(seen == Set(CIStatus.allCases), "every verdict occurred: \(seen)")
    }
}
