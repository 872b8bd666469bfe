import Foundation
import GerritModel
import Reports
import Testing

@Suite("patchreviewrate")
struct PatchReviewRateTests {
    typealias F = StatsFixtures

    var rate: PatchReviewRate {
        let change = F.change(1, patchSets: [F.patchSet(1, uploadedDaysAgo: 400, [
            F.vote("Code-Review", 1, by: "bob", daysAgo: 1),
            F.vote("Workflow", 1, by: "bob", daysAgo: 2),
            F.vote("Verified", 1, by: "bob", daysAgo: 2),
            F.vote("Code-Review", -1, by: "bob", daysAgo: 8),
            F.vote("Code-Review", 2, by: "carol", daysAgo: 3),
            F.vote("Code-Review", 2, by: "carol", daysAgo: 365),
            F.vote("Verified", 1, by: "zuul", daysAgo: 1),
            F.vote("Code-Review", 1, by: "zuul", daysAgo: 1),
            Approval(type: "Code-Review", value: 1, grantedOn: F.daysAgo(1), by: Account(name: "No Username")),
        ])])
        return PatchReviewRate(changes: [change], now: F.now, bots: BotMatcher(names: ["zuul"]))
    }

    @Test func votesGoIntoWeeklyBucketsVerifiedAndBotsLeftOut() {
        let users = rate.users
        #expect(users.map(\.user) == ["bob", "carol"])
        #expect(users[0].weekly[0] == 2)
        #expect(users[0].weekly[1] == 1)
        #expect(users[1].weekly.reduce(0, +) == 1)
    }

    @Test func ratesAreVotesPerDay() {
        let bob = rate.users[0]
        #expect(bob.dailyRate(week: 1) == 2.0 / 7)
        #expect(bob.dailyRate == 3.0 / 364)
    }

    @Test func reportHasATotalAnd52WeekColumns() {
        guard case .table(let table) = rate.report else {
            Issue.record("expected a table")
            return
        }
        #expect(table.columns.count == 55)
        #expect(table.columns[3].label == "1 week")
        #expect(table.columns[54].label == "52 weeks")
        #expect(table.rows[0]["week1"].value == .double(2.0 / 7))
    }
}
