import Foundation
import Output
import Reports
import Testing

@Suite struct CSVRendererTests {
    let renderer = CSVRenderer(now: Sample.now)

    @Test func quotesCommaQuoteAndNewlineWithCRLFLineEnds() {
        let table = ReportTable(title: "Changes", columns: [
            ReportColumn(key: "number", label: "Number", alignment: .right),
            ReportColumn(key: "subject", label: "Subject", truncationWidth: 5),
        ], rows: [
            ReportRow(values: ["number": .int(1001), "subject": .text("Fix a, b and \"c\"\nfor real")]),
            ReportRow(values: ["number": .int(1002), "subject": .text("plain")]),
        ])
        let expected = "Changes\r\nNumber,Subject\r\n1001,\"Fix a, b and \"\"c\"\"\nfor real\"\r\n1002,plain\r\n"
        #expect(renderer.render(.table(table)) == expected)
    }

    @Test func compoundReportsGiveOneBlockPerPartSeparatedByABlankLine() {
        let table = ReportTable(title: "Review statistics", columns: [
            ReportColumn(key: "user", label: "User"),
            ReportColumn(key: "reviews", label: "Reviews"),
        ], rows: [ReportRow(values: ["user": .text("carol"), "reviews": .int(4)])])
        let text = renderer.render(.compound([.table(table), .list(Sample.summary)]))
        let expected = "Review statistics\r\nUser,Reviews\r\ncarol,4\r\n"
            + "\r\n"
            + "Review summary\r\nTotal reviews,Total reviewers,Average wait\r\n18,5,4 days\r\n"
        #expect(text == expected)
    }

    @Test func dependencyTreesFlattenWithADepthColumn() {
        let child = Sample.change(1005, owner: "erin", subject: "Follow-up", created: Sample.ago(days: 2), reviews: 1)
        let table = ReportTable(title: "Changes", columns: Sample.columns, rows: [
            Sample.change(1001, owner: "alice", subject: "Base", created: Sample.ago(days: 3), reviews: nil, children: [child]),
        ])
        let shaped = (try? table.applying(TableOptions(fields: [FieldSpec(key: "owner"), FieldSpec(key: "reviews")]))) ?? table
        #expect(renderer.render(.table(shaped)) == "Changes\r\nDepth,Owner,Reviews\r\n0,alice,\r\n1,erin,+1\r\n")
    }

    @Test func neverCarriesColourOrTerminalControls() {
        let table = ReportTable(title: "T", columns: [ReportColumn(key: "s", label: "S")], rows: [
            ReportRow(cells: ["s": ReportCell(.text("x\u{1B}[2Jy"), tone: .strongNegative)]),
        ])
        let text = renderer.render(.table(table))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("x^[[2Jy"))
    }
}
