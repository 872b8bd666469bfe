import Foundation
import GerritModel
import Reports
import Testing

@Suite("openreviewstats")
struct OpenReviewStatsTests {
    typealias F = StatsFixtures

    var changes: [Change] {
        [
            // Waits on a reviewer: patch set 2 is clean, patch set 1 had a -1.
            F.change(1, patchSets: [
                F.patchSet(1, uploadedDaysAgo: 20, [F.vote("Code-Review", -1, by: "bob", daysAgo: 19)]),
                F.patchSet(2, uploadedDaysAgo: 10, [F.vote("Verified", 1, by: "zuul", daysAgo: 1)]),
            ]),
            // Waits on its submitter: CI failed the current patch set.
            F.change(2, patchSets: [F.patchSet(1, uploadedDaysAgo: 5, [F.vote("Verified", -1, by: "zuul", daysAgo: 4)])]),
            // Waits on a reviewer, never reviewed.
            F.change(3, patchSets: [F.patchSet(1, uploadedDaysAgo: 2)]),
            // Merged: not counted.
            F.change(4, status: .merged, patchSets: [F.patchSet(1, uploadedDaysAgo: 50)]),
        ]
    }

    var stats: OpenReviewStats { OpenReviewStats(changes: changes, now: F.now, days: 7) }

    @Test func splitsSubmitterAndReviewerWaits() {
        #expect(stats.total == 3)
        #expect(stats.waitingOnSubmitter == 1)
        #expect(stats.waiting.map(\.change.number) == [1, 3])
    }

    @Test func waitIsMeasuredFromTheUploadNotTheOldestVote_bug9_4() {
        // §9.4: the original measured the age of the patch set's oldest approval.
        let first = stats.waiting[0]
        #expect(first.sinceCurrent == 10 * 86_400)
        #expect(first.sinceFirst == 20 * 86_400)
        #expect(first.sinceLastNegative == 10 * 86_400)
        #expect(stats.waiting[1].sinceLastNegative == 2 * 86_400)
    }

    @Test func summariesAverageMedianAndOlderThan() {
        let parts = stats.report.parts
        guard case .list(let summary) = parts[0], case .list(let current) = parts[1] else {
            Issue.record("expected lists first")
            return
        }
        #expect(summary.entries.map(\.cell.value) == [.int(3), .int(1), .int(2)])
        #expect(current.entries[0].cell.value == .duration(6 * 86_400))
        #expect(current.entries[1].cell.value == .duration(6 * 86_400))
        #expect(current.entries[2].label == "Older than 7 days")
        #expect(current.entries[2].cell.value == .int(1))
    }

    @Test func ageCanBeChosenWithFieldAndSortIsHonoured_bug9_4() throws {
        // §9.4: --sort was ignored and `age` could not be picked with --field.
        let options = TableOptions(fields: [FieldSpec(key: "url"), FieldSpec(key: "age")], sort: SortSpec(key: "age"))
        let shaped = try stats.report.applying(options)
        guard case .table(let table) = shaped.parts[4] else {
            Issue.record("expected the first table as part 5")
            return
        }
        #expect(table.visibleColumns.map(\.key) == ["url", "age"])
        #expect(table.rows.map { $0["url"].value } == [.url("https://review.example.org/3"), .url("https://review.example.org/1")])
    }

    @Test func workInProgressWaitsOnTheSubmitter() {
        var wip = F.change(5, patchSets: [F.patchSet(1, uploadedDaysAgo: 3)])
        wip.wip = true
        let stats = OpenReviewStats(changes: [wip], now: F.now, days: 7)
        #expect(stats.waitingOnSubmitter == 1)
        #expect(stats.waiting.isEmpty)
    }

    @Test func noChangesWaitingLeavesTheWaitsBlank() {
        let empty = OpenReviewStats(changes: [], now: F.now, days: 7)
        guard case .list(let current) = empty.report.parts[1] else {
            Issue.record("expected a list")
            return
        }
        #expect(current.entries[0].cell.value == .empty)
    }
}
