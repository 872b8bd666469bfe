import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Output
import Reports
import Testing

/// A parsed element: enough of a DOM to check what the renderer wrote.
private final class Node {
    let name: String
    let attributes: [String: String]
    var text = ""
    var children: [Node] = []
    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func child(_ name: String) -> Node? { children.first { $0.name == name } }
    func all(_ name: String) -> [Node] { children.filter { $0.name == name } }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [Node] = [Node(name: "#document", attributes: [:])]
    var error: Error?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let node = Node(name: name, attributes: attributes)
        stack.last?.children.append(node)
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }
}

/// Parses the document; fails the test when it is not well-formed.
private func parse(_ text: String) throws -> Node {
    let builder = TreeBuilder()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = builder
    let ok = parser.parse()
    #expect(ok, "not well-formed: \(String(describing: builder.error ?? parser.parserError))")
    return try #require(builder.stack.first?.child("report"))
}

@Suite struct XMLRendererTests {
    let renderer = XMLRenderer(now: Sample.now)

    @Test func tableIsWellFormedWithHeadersRowsAndStructuredAttributes() throws {
        let text = renderer.render(.table(Sample.changes))
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report>\n"))
        let report = try parse(text)
        let table = try #require(report.child("table"))
        #expect(table.child("title")?.text == "Changes")
        #expect(table.child("headers")?.child("createdOn")?.text == "Created")
        #expect(table.child("headers")?.child("topic") == nil)
        let rows = try #require(table.child("content")?.all("row"))
        #expect(rows.count == 3)
        let created = try #require(rows[0].child("createdOn"))
        #expect(created.text == "20 days")
        #expect(created.attributes["epoch"] == String(1_764_000_000 - 20 * 86_400))
        #expect(created.attributes["iso"] == "2025-11-04T16:00:00Z")
        #expect(rows[0].child("reviews")?.attributes["value"] == "2")
        #expect(rows[0].child("reviews")?.text == "+2")
        #expect(rows[1].child("owner")?.text == "山田太郎")
        #expect(rows[2].child("reviews")?.attributes["value"] == nil)
    }

    @Test func markupAndControlCharactersAreEscaped() throws {
        let nasty = "<b>Tom & \"Jerry\"</b> 'x' \u{1B}[2J \u{202E}"
        let table = ReportTable(title: "A & B <c>", columns: [ReportColumn(key: "subject", label: "Sub<ject>")], rows: [
            ReportRow(values: ["subject": .text(nasty)]),
        ])
        let text = renderer.render(.table(table))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; &apos;x&apos; ^[[2J &#x202E;"))
        let report = try parse(text)
        let table1 = try #require(report.child("table"))
        #expect(table1.child("title")?.text == "A & B <c>")
        #expect(table1.child("headers")?.child("subject")?.text == "Sub<ject>")
        #expect(table1.child("content")?.child("row")?.child("subject")?.text == "<b>Tom & \"Jerry\"</b> 'x' ^[[2J \u{202E}")
    }

    @Test func childrenNestListsAndVotesAreStructured() throws {
        let child = Sample.change(1005, owner: "erin", subject: "Follow-up", created: Sample.ago(days: 2), reviews: 1)
        let columns = Sample.columns + [ReportColumn(key: "approvals", label: "Approvals"), ReportColumn(key: "-2", label: "-2")]
        var parent = Sample.change(1001, owner: "alice", subject: "Base", created: Sample.ago(days: 3), reviews: nil, children: [child])
        parent.cells["approvals"] = ReportCell(.votes([LabelVotes(label: "Code-Review", votes: [2, 1])]))
        parent.cells["-2"] = ReportCell(.int(3))
        let table = ReportTable(title: "Changes", columns: columns, rows: [parent])
        let report = try parse(renderer.render(.compound([.table(table), .list(Sample.summary)])))

        let row = try #require(report.child("table")?.child("content")?.child("row"))
        #expect(row.child("children")?.child("row")?.child("owner")?.text == "erin")
        let approvals = try #require(row.child("approvals"))
        #expect(approvals.text.hasPrefix("Code-Review=+2,+1"))
        #expect(approvals.child("votes")?.attributes["label"] == "Code-Review")
        #expect(row.child("_-2")?.attributes["value"] == "3", "keys that are not XML names are made valid")

        let list = try #require(report.child("list"))
        #expect(list.child("title")?.text == "Review summary")
        #expect(list.child("headers")?.child("total")?.text == "Total reviews")
        #expect(list.child("content")?.child("total")?.attributes["value"] == "18")
        #expect(list.child("content")?.child("wait")?.text == "4 days")
    }
}
