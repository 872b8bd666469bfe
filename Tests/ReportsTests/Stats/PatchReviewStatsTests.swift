import Config
import Foundation
import GerritModel
import Reports
import Testing

@Suite("patchreviewstats")
struct PatchReviewStatsTests {
    typealias F = StatsFixtures
    let bots = BotMatcher(names: ["zuul", "Jenkins CI"])

    var changes: [Change] {
        [
            F.change(1, patchSets: [
                F.patchSet(1, uploadedDaysAgo: 20, [
                    F.vote("Code-Review", 2, by: "carol", daysAgo: 10),
                    F.vote("Code-Review", -1, by: "bob", daysAgo: 9),
                    F.vote("Verified", 1, by: "zuul", daysAgo: 9),
                    F.vote("Code-Review", 1, by: "zuul", daysAgo: 9),
                ]),
                F.patchSet(2, uploadedDaysAgo: 5, [
                    F.vote("Code-Review", 2, by: "carol", daysAgo: 4),
                    F.vote("Code-Review", -2, by: "carol", daysAgo: 3),
                    F.vote("Code-Review", 0, by: "dave", daysAgo: 2),
                    F.vote("Workflow", 1, by: "carol", daysAgo: 1),
                ]),
            ]),
            F.change(2, status: .merged, patchSets: [
                F.patchSet(1, uploadedDaysAgo: 60, [F.vote("Code-Review", 1, by: "bob", daysAgo: 45)]),
            ]),
        ]
    }

    func stats(days: Int = 30) -> PatchReviewStats {
        PatchReviewStats(changes: changes, now: F.now, days: days, bots: bots,
                         teams: TeamDirectory(teamOf: ["carol": "core"]))
    }

    @Test func codeReviewZeroVoteIsCountedNotACrash_bug9_3() {
        // §9.3: a Code-Review 0 vote crashed the original with KeyError '0'.
        let dave = stats().reviewers.first { $0.user == "dave" }
        #expect(dave?.zero == 1)
        #expect(dave?.reviews == 1)
    }

    @Test func ratioIsBlankForAReviewerWithOnlyZeroVotes_bug9_3() {
        // §9.3: the ratio was undefined for a user with only 0 votes.
        #expect(stats().reviewers.first { $0.user == "dave" }?.positiveRatio == nil)
        #expect(stats().reviewers.first { $0.user == "carol" }?.positiveRatio == 2.0 / 3.0)
    }

    @Test func botsComeFromTheConfigurationNotAHardCodedList_bug9_3() {
        // §9.3: the original skipped only jenkins and smokestack, whatever the config said.
        #expect(!stats().reviewers.contains { $0.user == "zuul" })
        let none = PatchReviewStats(changes: changes, now: F.now, days: 30, bots: BotMatcher(names: []))
        #expect(none.reviewers.contains { $0.user == "zuul" })
    }

    @Test func countsOnlyCodeReviewInsideTheWindowMostReviewsFirst() {
        let result = stats()
        #expect(result.reviewers.map(\.user) == ["carol", "bob", "dave"])
        #expect(result.reviewers[0].plus2 == 2 && result.reviewers[0].minus2 == 1)
        #expect(result.reviewers[0].team == "core")
        #expect(result.reviewers[1].reviews == 1)
        #expect(stats(days: 50).reviewers.first { $0.user == "bob" }?.reviews == 2)
    }

    @Test func totalReviewsIsTheSumOfTheTableAndTheLabelIsSpelledRight_bug9_3() {
        // §9.3: "Total reviews" counted every label and bot, and 1.5 printed "Total rviewers".
        let result = stats()
        #expect(result.totalReviews == 5)
        #expect(result.allApprovals == 8)
        guard case .compound(let parts) = result.report, case .list(let summary) = parts[1] else {
            Issue.record("expected a table and a list")
            return
        }
        #expect(summary.entries.map(\.label).prefix(2) == ["Total reviews", "Total reviewers"])
        #expect(summary.entries[0].cell.value == .int(5))
        #expect(summary.entries[1].cell.value == .int(3))
    }

    @Test func reportColumnsFollowTheOriginalPlusAZeroColumn() {
        guard case .compound(let parts) = stats().report, case .table(let table) = parts[0] else {
            Issue.record("expected a table first")
            return
        }
        #expect(table.columns.map(\.key) == ["user", "team", "reviews", "flag-m2", "flag-m1", "flag-0", "flag-p1", "flag-p2", "ratio"])
        #expect(table.rows[0]["ratio"].value == .percent(2.0 / 3.0))
        #expect(table.rows[2]["ratio"].value == .empty)
    }
}

@Suite("team directory")
struct TeamDirectoryTests {
    @Test func membersComeFromTheChosenGroupsAndTheLastTeamWins() {
        let settings = Settings(
            cache: .defaults(home: "/home/x"),
            organization: OrganizationSettings(teams: ["core", "drivers"], groups: ["nova"]),
            groups: [GroupSettings(name: "nova", projects: ["openstack/nova"],
                                   teams: ["core": ["danms", "berrange"], "drivers": ["berrange"]])])
        let teams = TeamDirectory(settings: settings, groups: ["nova"])
        #expect(teams.team(of: "danms") == "core")
        #expect(teams.team(of: "berrange") == "drivers")
        #expect(teams.team(of: "nobody") == "")
        #expect(TeamDirectory(settings: settings, groups: []).teamOf.isEmpty)
    }
}
