import Foundation
import Reports
import Testing

@Suite struct TableOptionsTests {
    private func table(_ rows: [ReportRow]) -> ReportTable {
        ReportTable(title: "T", columns: [
            ReportColumn(key: "name", label: "Name"),
            ReportColumn(key: "count", label: "Count", alignment: .right),
            ReportColumn(key: "topic", label: "Topic", isVisible: false),
            ReportColumn(key: "created", label: "Created"),
            ReportColumn(key: "vote", label: "Vote"),
            ReportColumn(key: "approvals", label: "Approvals", isSortable: false),
        ], rows: rows)
    }

    private func row(_ name: String, count: Int? = nil, topic: String? = nil, created: Double? = nil,
                     vote: Int? = nil, children: [ReportRow] = []) -> ReportRow {
        ReportRow(values: [
            "name": .text(name),
            "count": count.map(CellValue.int) ?? .empty,
            "topic": topic.map(CellValue.text) ?? .empty,
            "created": created.map { .date(Date(timeIntervalSince1970: $0)) } ?? .empty,
            "vote": .vote(vote),
        ], children: children)
    }

    private func names(_ table: ReportTable) -> [String] {
        func walk(_ rows: [ReportRow]) -> [String] {
            rows.flatMap { row -> [String] in
                guard case .text(let name) = row["name"].value else { return [] }
                return [name] + walk(row.children)
            }
        }
        return walk(table.rows)
    }

    private func sorted(_ table: ReportTable, _ spec: String) throws -> [String] {
        names(try table.applying(TableOptions(sort: SortSpec(parsing: spec))))
    }

    @Test func numbersSortNumericallyNotAsText() throws {
        let data = table([row("a", count: 10), row("b", count: 9), row("c", count: 100), row("d", count: -2)])
        #expect(try sorted(data, "count") == ["d", "b", "a", "c"])
        #expect(try sorted(data, "count:rev") == ["c", "a", "b", "d"])
    }

    @Test func votesSortAsNumbersAndNoVoteComesLast() throws {
        let data = table([row("none"), row("plus2", vote: 2), row("minus2", vote: -2), row("plus1", vote: 1)])
        #expect(try sorted(data, "vote") == ["minus2", "plus1", "plus2", "none"])
        #expect(try sorted(data, "vote:rev") == ["plus2", "plus1", "minus2", "none"])
    }

    @Test func textSortsCaseInsensitivelyWithEmptyLastInBothDirections() throws {
        let data = table([row("1", topic: nil), row("2", topic: "beta"), row("3", topic: "Alpha"), row("4", topic: ""), row("5", topic: "gamma")])
        #expect(try sorted(data, "topic") == ["3", "2", "5", "1", "4"])
        #expect(try sorted(data, "topic:rev") == ["5", "2", "3", "1", "4"])
    }

    @Test func datesSortByTimeAndEqualRowsKeepTheirOrder() throws {
        let data = table([row("late", created: 300), row("early1", created: 100), row("none"), row("early2", created: 100)])
        #expect(try sorted(data, "created") == ["early1", "early2", "late", "none"])
        #expect(try sorted(data, "created:rev") == ["late", "early1", "early2", "none"])
    }

    @Test func childrenSortAmongThemselvesUnderTheirParent() throws {
        let data = table([
            row("p2", count: 2, children: [row("c9", count: 9), row("c1", count: 1)]),
            row("p1", count: 1),
        ])
        #expect(try sorted(data, "count") == ["p1", "p2", "c1", "c9"])
    }

    @Test func fieldOrderGivenByTheUserIsTheColumnOrder() throws {
        let shaped = try table([]).applying(TableOptions(fields: [
            FieldSpec(parsing: "topic:12"), FieldSpec(parsing: "name"), FieldSpec(parsing: "count:0"),
        ]))
        #expect(shaped.visibleColumns.map(\.key) == ["topic", "name", "count"])
        #expect(shaped.visibleColumns.map(\.truncationWidth) == [12, 0, 0])
        #expect(shaped.columns.count == 6, "hidden columns are kept for later")
    }

    @Test func withoutFieldsTheDefaultColumnsShow() throws {
        let shaped = try table([]).applying(TableOptions())
        #expect(shaped.visibleColumns.map(\.key) == ["name", "count", "created", "vote", "approvals"])
    }

    @Test func unknownFieldAndSortColumnsNameTheChoices() {
        #expect(throws: TableOptionsError.unknownField("owner", known: ["name", "count", "topic", "created", "vote", "approvals"])) {
            try self.table([]).applying(TableOptions(fields: [FieldSpec(key: "owner")]))
        }
        #expect(TableOptionsError.unknownField("owner", known: ["name", "count"]).description
            == "Unknown field 'owner' (known: name, count)")
        #expect(throws: TableOptionsError.unknownSortColumn("approvals", known: ["name", "count", "topic", "created", "vote"])) {
            try self.table([]).applying(TableOptions(sort: SortSpec(key: "approvals")))
        }
        #expect(TableOptionsError.unknownSortColumn("x", known: ["name"]).description
            == "Unknown sort column 'x' (known: name)")
        #expect(throws: TableOptionsError.invalidFieldWidth(field: "name:wide")) {
            try FieldSpec(parsing: "name:wide")
        }
    }

    @Test func limitCountsNestedChildrenInDisplayOrder() throws {
        let data = table([
            row("a", children: [row("a1", children: [row("a1x")]), row("a2")]),
            row("b"),
        ])
        #expect(names(try data.applying(TableOptions(limit: 3))) == ["a", "a1", "a1x"])
        #expect(names(try data.applying(TableOptions(limit: 4))) == ["a", "a1", "a1x", "a2"])
        #expect(names(try data.applying(TableOptions(limit: 0))) == [])
        #expect(names(try data.applying(TableOptions(limit: 99))) == ["a", "a1", "a1x", "a2", "b"])
    }

    @Test func sortSpecParsesRev() {
        #expect(SortSpec(parsing: "createdOn:rev") == SortSpec(key: "createdOn", reversed: true))
        #expect(SortSpec(parsing: "createdOn") == SortSpec(key: "createdOn", reversed: false))
    }

    @Test func optionsApplyToEveryTableOfACompoundReport() throws {
        let report = Report.compound([.table(table([row("b", count: 2), row("a", count: 1)])), .list(ReportList(title: "L", entries: []))])
        let shaped = try report.applying(TableOptions(sort: SortSpec(key: "count")))
        guard case .table(let first) = shaped.parts.first else {
            Issue.record("expected a table first")
            return
        }
        #expect(names(first) == ["a", "b"])
        #expect(shaped.parts.count == 2)
    }
}
