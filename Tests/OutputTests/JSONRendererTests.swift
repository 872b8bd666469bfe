import Foundation
import Output
import Reports
import Testing

@Suite struct JSONRendererTests {
    let renderer = JSONRenderer(now: Sample.now)

    private func parse(_ text: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [[String: Any]])
    }

    @Test func tableCarriesDisplayStringsAndStructuredValues_bug9_17() throws {
        let parts = try parse(renderer.render(.table(Sample.changes)))
        let table = try #require(parts.first?["table"] as? [String: Any])
        #expect(table["title"] as? String == "Changes")
        let headers = try #require(table["headers"] as? [String: String])
        #expect(headers["createdOn"] == "Created")
        #expect(headers["topic"] == nil, "hidden columns stay out")

        let rows = try #require(table["content"] as? [[String: Any]])
        #expect(rows.count == 3)
        let display = try #require(rows[0]["display"] as? [String: String])
        let values = try #require(rows[0]["values"] as? [String: Any])
        #expect(display["createdOn"] == "20 days")
        #expect(display["reviews"] == "+2")
        #expect(display["subject"] == "Refactor the comput…")
        #expect(values["subject"] as? String == "Refactor the compute API layer")
        #expect(values["reviews"] as? Int == 2)
        let created = try #require(values["createdOn"] as? [String: Any])
        #expect(created["epoch"] as? Int == 1_764_000_000 - 20 * 86_400)
        #expect(created["iso"] as? String == "2025-11-04T16:00:00Z")
        let third = try #require(rows[2]["values"] as? [String: Any])
        #expect(third["reviews"] is NSNull)
        #expect((rows[0]["children"] as? [Any])?.isEmpty == true)
    }

    @Test func keysKeepColumnOrderAndOutputIsPrettyAndColourless() {
        let text = renderer.render(.table(Sample.changes))
        let status = text.range(of: "\"status\"")
        let reviews = text.range(of: "\"reviews\"")
        #expect(status != nil && reviews != nil)
        if let status, let reviews { #expect(status.lowerBound < reviews.lowerBound) }
        #expect(text.hasPrefix("[\n  {\n    \"table\": {\n      \"title\": \"Changes\",\n"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.hasSuffix("]\n"))
    }

    @Test func votesPercentagesAndDurationsAreNumbers() throws {
        let table = ReportTable(title: "T", columns: [
            ReportColumn(key: "approvals", label: "Approvals"),
            ReportColumn(key: "ratio", label: "+/-"),
            ReportColumn(key: "wait", label: "Wait"),
        ], rows: [
            ReportRow(values: [
                "approvals": .votes([LabelVotes(label: "Code-Review", votes: [2, -1]), LabelVotes(label: "Verified", votes: [1])]),
                "ratio": .percent(0.75),
                "wait": .duration(90_000),
            ]),
        ])
        let parts = try parse(renderer.render(.table(table)))
        let rows = try #require((parts.first?["table"] as? [String: Any])?["content"] as? [[String: Any]])
        let values = try #require(rows.first?["values"] as? [String: Any])
        let votes = try #require(values["approvals"] as? [String: [Int]])
        #expect(votes["Code-Review"] == [2, -1])
        #expect(votes["Verified"] == [1])
        #expect(values["ratio"] as? Double == 0.75)
        #expect(values["wait"] as? Int == 90_000)
        let display = try #require(rows.first?["display"] as? [String: String])
        #expect(display["approvals"] == "Code-Review=+2,-1 Verified=+1")
        #expect(display["ratio"] == "75%")
        #expect(display["wait"] == "1 day")
    }

    @Test func childrenNestAndCompoundGivesOnePartEach() throws {
        let child = Sample.change(1005, owner: "erin", subject: "Follow-up", created: Sample.ago(days: 2), reviews: 1)
        let table = ReportTable(title: "Changes", columns: Sample.columns, rows: [
            Sample.change(1001, owner: "alice", subject: "Base", created: Sample.ago(days: 3), reviews: nil, children: [child]),
        ])
        let parts = try parse(renderer.render(.compound([.table(table), .list(Sample.summary)])))
        #expect(parts.count == 2)
        let rows = try #require((parts[0]["table"] as? [String: Any])?["content"] as? [[String: Any]])
        let children = try #require(rows.first?["children"] as? [[String: Any]])
        #expect((children.first?["display"] as? [String: String])?["owner"] == "erin")

        let list = try #require(parts[1]["list"] as? [String: Any])
        #expect(list["title"] as? String == "Review summary")
        let content = try #require(list["content"] as? [String: Any])
        #expect((content["values"] as? [String: Any])?["total"] as? Int == 18)
        #expect((content["display"] as? [String: String])?["wait"] == "4 days")
    }

    @Test func controlCharactersAreEscapedNotPrinted() throws {
        let table = ReportTable(title: "Quote \" and \\", columns: [ReportColumn(key: "s", label: "S")], rows: [
            ReportRow(values: ["s": .text("a\u{1B}[31mb\nc\u{202E}")]),
        ])
        let text = renderer.render(.table(table))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{202E}"))
        let parts = try parse(text)
        let rows = try #require((parts.first?["table"] as? [String: Any])?["content"] as? [[String: Any]])
        #expect((rows.first?["values"] as? [String: Any])?["s"] as? String == "a\u{1B}[31mb\nc\u{202E}")
        #expect((parts.first?["table"] as? [String: Any])?["title"] as? String == "Quote \" and \\")
    }
}
