import Foundation
import GerritModel
import Reports
import Testing

@Suite("stats over the demo dataset")
struct DemoStatsTests {
    @Test func patchReviewStatsCountsHumansOnlyAndAddsUp() async throws {
        let changes = try await DemoData.changes(.project("openstack/nova"))
        #expect(changes.count > 50)
        let stats = PatchReviewStats(changes: changes, now: DemoData.now, days: 30, bots: DemoData.bots)
        #expect(!stats.reviewers.isEmpty)
        #expect(!stats.reviewers.contains { DemoData.bots.names.contains($0.user) })
        #expect(stats.totalReviews == stats.reviewers.reduce(0) { $0 + $1.reviews })
        #expect(stats.allApprovals > stats.totalReviews)
        #expect(stats.reviewers.map(\.reviews) == stats.reviewers.map(\.reviews).sorted(by: >))
        let wider = PatchReviewStats(changes: changes, now: DemoData.now, days: 365, bots: DemoData.bots)
        #expect(wider.totalReviews > stats.totalReviews)
    }

    @Test func patchReviewRateOnlyCountsTheLastYear() async throws {
        let changes = try await DemoData.changes(.project("openstack/neutron"))
        let rate = PatchReviewRate(changes: changes, now: DemoData.now, bots: DemoData.bots)
        #expect(!rate.users.isEmpty)
        #expect(rate.users.allSatisfy { $0.weekly.count == 52 })
        #expect(rate.users.map(\.dailyRate) == rate.users.map(\.dailyRate).sorted(by: >))
    }

    @Test func openReviewStatsSplitsEveryOpenChange() async throws {
        let changes = try await DemoData.changes(.and([.project("openstack/nova"), .status("open"), .branch("master")]))
        let stats = OpenReviewStats(changes: changes, now: DemoData.now, days: 7)
        #expect(stats.total == changes.count)
        #expect(stats.waitingOnSubmitter + stats.waiting.count == stats.total)
        #expect(stats.waiting.allSatisfy { $0.sinceFirst >= $0.sinceCurrent && $0.sinceCurrent >= 0 })
        #expect(stats.waiting.allSatisfy { $0.sinceLastNegative <= $0.sinceFirst })
    }
}
