import Foundation
import GerritModel
import Reports
import Testing

@Suite("Change report columns (spec §8.2)")
struct ChangesReportTests {
    @Test func columnsComeInTheOriginalOrderWithTheOriginalDefaults() {
        let table = ChangesReport.table([])
        #expect(table.columns.map(\.key) == ["number", "status", "topic", "url", "owner", "project", "branch", "subject",
                                             "createdOn", "lastUpdated", "approvals", "tests", "reviews", "workflow"])
        #expect(table.visibleColumns.map(\.key) == ["status", "url", "owner", "subject", "createdOn", "lastUpdated",
                                                    "tests", "reviews", "workflow"])
        #expect(table.columns.first { $0.key == "subject" }?.truncationWidth == 30)
    }

    @Test func dataFormatsCarryTheNumberAndProjectUnlessFieldsAreChosen() throws {
        let table = ChangesReport.table([Fixture.change(42, project: "openstack/nova")])
        #expect(table.dataColumns.map(\.key) == ["number", "project", "status", "url", "owner", "subject", "createdOn",
                                                 "lastUpdated", "tests", "reviews", "workflow"])
        #expect(table.rows.first?["number"].value == .int(42))
        #expect(table.rows.first?["project"].value == .text("openstack/nova"))
        // --field decides for every format: only what was asked.
        let chosen = try table.applying(TableOptions(fields: [FieldSpec(key: "url"), FieldSpec(key: "number")]))
        #expect(chosen.dataColumns.map(\.key) == ["url", "number"])
        #expect(chosen.visibleColumns.map(\.key) == ["url", "number"])
    }

    @Test func summaryVotesFollowTheOriginalRanking() {
        let change = Fixture.change(patchSets: [[
            Fixture.vote("Code-Review", 1, by: "a"), Fixture.vote("Code-Review", 2, by: "b"),
            Fixture.vote("Code-Review", -2, by: "c"), Fixture.vote("Verified", 1, by: "zuul"),
            Fixture.vote("Workflow", -1, by: "alice"),
        ]])
        let row = ChangesReport.row(for: change)
        #expect(row["reviews"] == ReportCell(.vote(-2), tone: .strongNegative))
        #expect(row["tests"] == ReportCell(.vote(1), tone: .positive))
        #expect(row["workflow"] == ReportCell(.vote(-1), tone: .negative))
        #expect(row["approvals"].value == .votes([LabelVotes(label: "w", votes: [-1]), LabelVotes(label: "v", votes: [1]),
                                                  LabelVotes(label: "c", votes: [1, 2, -2])]))
        #expect(row["approvals"].tone == .wip)
    }

    @Test func oldLabelIdsLandInTheirBucketsAndOnlyTheNewestPatchSetCounts() {
        let change = Fixture.change(patchSets: [[Fixture.vote("Code-Review", -2, by: "c")],
                                                [Approval(type: "CRVW", value: 2, by: Fixture.account("b"))]])
        let row = ChangesReport.row(for: change)
        #expect(row["reviews"].value == .vote(2))
        #expect(row["approvals"].tone == .strongPositive)
    }

    @Test func anOwnerWithoutAccountShowsUnknown() {
        var change = Fixture.change()
        change.owner = nil
        #expect(ChangesReport.row(for: change)["owner"].value == .text("<unknown>"))
    }

    @Test func theFileFilterSearchesTheNewestPatchSetsPaths() throws {
        let change = Fixture.change(files: ["/COMMIT_MSG", "nova/virt/libvirt/driver.py"])
        #expect(try ChangeFileFilter(patterns: ["libvirt/"]).matches(change))
        #expect(try ChangeFileFilter(patterns: ["^libvirt"]).matches(change) == false)
        #expect(try ChangeFileFilter(patterns: ["^neutron", "driver\\.py$"]).matches(change))
        #expect(try ChangeFileFilter(patterns: []).matches(change))
        #expect(throws: ChangeFileFilterError.self) { try ChangeFileFilter(patterns: ["("]) }
    }

    /// §9.16: the original fetched everything and cut the rows afterwards.
    @Test func limitIsPartOfTheServerQuery_bug9_16() {
        var query = ChangesQuery()
        query.statuses = ["open"]
        query.projects = ["a", "b"]
        query.limit = 5
        query.rawQuery = "label:Code-Review>=1"
        #expect(query.query.rendered == "limit:5 AND label:Code-Review>=1 AND (project:a OR project:b) AND status:open")
        #expect(ChangesQuery().query.rendered == "")
    }
}

@Suite("Sorting and fields on the change table (spec §9.6, §9.7)")
struct ChangesTableShapeTests {
    let changes = [
        Fixture.change(1, owner: "bob", topic: "zeta", subject: "b", created: Fixture.daysAgo(3), updated: Fixture.daysAgo(1)),
        Fixture.change(2, owner: "Alice", patchSets: [[Fixture.vote("Code-Review", -1, by: "x"), Fixture.vote("Verified", 1, by: "zuul")]],
                       topic: nil, subject: "a", created: Fixture.daysAgo(10), updated: Fixture.daysAgo(2)),
        Fixture.change(10, owner: "carol", patchSets: [[Fixture.vote("Code-Review", 2, by: "x"), Fixture.vote("Workflow", 1, by: "x")]],
                       topic: "alpha", subject: "c", created: Fixture.daysAgo(1), updated: Fixture.daysAgo(5)),
    ]

    func order(_ sort: String) throws -> [Int] {
        let table = try ChangesReport.table(changes).applying(TableOptions(sort: SortSpec(parsing: sort)))
        return table.rows.compactMap { row in
            if case .url(let url) = row["url"].value { return Int(url.split(separator: "/").last ?? "") }
            return nil
        }
    }

    /// §9.6: sorting by a column that can be empty crashed; votes sorted as strings.
    @Test func everyColumnSortsWithEmptyCellsLast_bug9_6() throws {
        for key in ChangesReport.columnKeys {
            let ascending = try order(key)
            let descending = try order(key + ":rev")
            #expect(Set(ascending) == [1, 2, 10], "sort \(key)")
            #expect(Set(descending) == [1, 2, 10], "sort \(key):rev")
        }
        #expect(try order("topic") == [10, 1, 2])
        #expect(try order("topic:rev") == [1, 10, 2])
        #expect(try order("reviews") == [2, 10, 1])
        #expect(try order("reviews:rev") == [10, 2, 1])
        #expect(try order("createdOn") == [2, 1, 10])
        #expect(try order("lastUpdated:rev") == [1, 2, 10])
        #expect(try order("owner") == [2, 1, 10])
    }

    @Test func numbersSortNumericallyNotAsText_bug9_6() throws {
        let table = ReportTable(title: "t", columns: [ReportColumn(key: "n", label: "N")], rows: [9, 10, 100, -1].map {
            ReportRow(values: ["n": .int($0)])
        })
        let sorted = try table.applying(TableOptions(sort: SortSpec(key: "n")))
        #expect(sorted.rows.map { $0["n"].value } == [.int(-1), .int(9), .int(10), .int(100)])
    }

    /// §9.7: the original always showed columns in the report's own order.
    @Test func fieldsShowInTheOrderGiven_bug9_7() throws {
        let table = try ChangesReport.table(changes).applying(TableOptions(fields: [
            FieldSpec(key: "reviews"), FieldSpec(key: "url"), FieldSpec(key: "subject", width: 0),
        ]))
        #expect(table.visibleColumns.map(\.key) == ["reviews", "url", "subject"])
        #expect(table.visibleColumns.last?.truncationWidth == 0)
    }

    @Test func anUnknownFieldOrSortColumnNamesTheKnownOnes() {
        #expect(throws: TableOptionsError.self) { try ChangesReport.table(changes).applying(TableOptions(fields: [FieldSpec(key: "nope")])) }
        #expect(throws: TableOptionsError.self) { try ChangesReport.table(changes).applying(TableOptions(sort: SortSpec(key: "nope"))) }
    }
}
