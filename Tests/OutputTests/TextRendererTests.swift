import Foundation
import Output
import Reports
import Testing

@Suite struct TextRendererTests {
    let plain = TextRenderer(now: Sample.now, color: false)

    @Test func tableLinesUpCJKAndEmojiInCellsAndTruncatesWithEllipsis() {
        let expected = """
        Changes
        -------

        +--------+---------------------------------+----------+----------------------+---------+---------+
        | Status | URL                             | Owner    | Subject              | Created | Reviews |
        +--------+---------------------------------+----------+----------------------+---------+---------+
        | NEW    | https://review.example.org/1001 | alice    | Refactor the comput… | 20 days |      +2 |
        | NEW    | https://review.example.org/1002 | 山田太郎 | 修正: 日本語のドキ…  | 1 day   |      -2 |
        | NEW    | https://review.example.org/1003 | 🐙octo   | Short                | 5 hours |         |
        +--------+---------------------------------+----------+----------------------+---------+---------+

        """
        #expect(plain.render(.table(Sample.changes)) == expected)
    }

    @Test func colourOffHasNoEscapeByteAtAll() {
        let text = plain.render(.compound([.table(Sample.changes), .list(Sample.summary)]))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func colourOnWrapsTonedValuesAndKeepsColumnsAligned() {
        let coloured = TextRenderer(now: Sample.now, color: true).render(.table(Sample.changes))
        #expect(coloured.contains("\u{1B}[32m\u{1B}[1m+2\u{1B}[0m |"))
        #expect(coloured.contains("\u{1B}[31m\u{1B}[1m-2\u{1B}[0m |"))
        #expect(coloured.hasPrefix("\u{1B}[1mChanges\u{1B}[0m\n-------\n"))
        // Without the codes it is exactly the plain rendering: codes never count as width.
        let stripped = coloured.replacingOccurrences(
            of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain.render(.table(Sample.changes)))
    }

    @Test func serverTextIsSanitizedBeforePrinting() {
        let table = ReportTable(title: "Evil", columns: [ReportColumn(key: "subject", label: "Subject")], rows: [
            ReportRow(values: ["subject": .text("clear\u{1B}[2J screen\u{202E}txt")]),
        ])
        let text = plain.render(.table(table))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains("clear^[[2J screen<RLO>txt"))
    }

    @Test func dependencyChildrenIndentTwoSpacesPerLevelInFirstVisibleColumn() {
        let child = Sample.change(1005, owner: "erin", subject: "Follow-up", created: Sample.ago(days: 2), reviews: 1)
        let grandchild = Sample.change(1006, owner: "fred", subject: "More", created: Sample.ago(days: 1), reviews: nil)
        var withChild = child
        withChild.children = [grandchild]
        let table = ReportTable(title: "Changes", columns: Sample.columns, rows: [
            Sample.change(1001, owner: "alice", subject: "Base", created: Sample.ago(days: 3), reviews: nil, children: [withChild]),
        ])
        let options = TableOptions(fields: [FieldSpec(key: "url"), FieldSpec(key: "owner")])
        let text = plain.render(.table((try? table.applying(options)) ?? table))
        #expect(text.contains("| https://review.example.org/1001     | alice |"))
        #expect(text.contains("|   https://review.example.org/1005   | erin  |"))
        #expect(text.contains("|     https://review.example.org/1006 | fred  |"))
    }

    @Test func listRightAlignsLabels() {
        let expected = """
        Review summary
        --------------

            Total reviews: 18
          Total reviewers: 5
             Average wait: 4 days

        """
        #expect(plain.render(.list(Sample.summary)) == expected)
    }

    @Test func compoundJoinsPartsWithOneBlankLine() {
        let text = plain.render(.compound([.list(Sample.summary), .list(Sample.summary)]))
        #expect(text.contains("Average wait: 4 days\n\nReview summary\n"))
        #expect(text.hasSuffix("4 days\n"))
    }

    @Test func numbersRightAlignAndHeadersFollowTheColumn() {
        let table = ReportTable(title: "Review statistics", columns: [
            ReportColumn(key: "user", label: "User"),
            ReportColumn(key: "reviews", label: "Reviews", alignment: .right),
            ReportColumn(key: "ratio", label: "+/-", alignment: .right),
        ], rows: [
            ReportRow(values: ["user": .text("carol"), "reviews": .int(4), "ratio": .percent(0.75)]),
            ReportRow(values: ["user": .text("bob"), "reviews": .int(12), "ratio": .percent(0)]),
        ])
        let expected = """
        Review statistics
        -----------------

        +-------+---------+-----+
        | User  | Reviews | +/- |
        +-------+---------+-----+
        | carol |       4 | 75% |
        | bob   |      12 |  0% |
        +-------+---------+-----+

        """
        #expect(plain.render(.table(table)) == expected)
    }
}

@Suite struct TextAlignmentTests {
    @Test func automaticAlignmentRightAlignsColumnsOfNumbersOnly() {
        let table = ReportTable(title: "", columns: [
            ReportColumn(key: "name", label: "Name"),
            ReportColumn(key: "count", label: "Count"),
            ReportColumn(key: "mixed", label: "Mixed"),
            ReportColumn(key: "centre", label: "Centre", alignment: .center),
        ], rows: [
            ReportRow(values: ["name": .text("a"), "count": .int(7), "mixed": .int(1), "centre": .text("x")]),
            ReportRow(values: ["name": .text("b"), "count": .empty, "mixed": .text("n/a"), "centre": .text("yyy")]),
        ])
        let expected = """
        +------+-------+-------+--------+
        | Name | Count | Mixed | Centre |
        +------+-------+-------+--------+
        | a    |     7 | 1     |   x    |
        | b    |       | n/a   |  yyy   |
        +------+-------+-------+--------+

        """
        #expect(TextRenderer(now: Sample.now, color: false).render(.table(table)) == expected)
    }
}
