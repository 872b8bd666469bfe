import Foundation
import Reports
import TerminalText

/// Renders reports as RFC 4180 CSV, compound reports included.
///
/// Each part is a block: its title on a row of its own (left out when the title is empty), a
/// row of labels, then the values; blocks are separated by an empty line. A list's block has one
/// row of values under its labels. Values are the display strings without truncation or colour
/// (server text sanitized, line breaks kept); fields holding a comma, quote, CR or LF are quoted
/// with quotes doubled. Lines end in CRLF, the last one too. A table with dependency rows gets a
/// leading `Depth` column (0 for top-level rows) and its tree is flattened in display order.
public struct CSVRenderer: Sendable {
    /// "Now" for relative ages.
    public var now: Date

    /// Creates a CSV renderer.
    public init(now: Date) {
        self.now = now
    }

    /// The report as CSV text ending in CRLF.
    public func render(_ report: Report) -> String {
        report.parts.map { part in
            let rows: [[String]]
            switch part {
            case .table(let table): rows = self.rows(for: table)
            case .list(let list): rows = self.rows(for: list)
            case .compound: rows = []
            }
            return rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
        }.joined(separator: "\r\n")
    }

    private func rows(for table: ReportTable) -> [[String]] {
        let columns = table.dataColumns
        let withDepth = table.hasChildren
        var rows = table.title.isEmpty ? [] : [[text(table.title)]]
        rows.append((withDepth ? ["Depth"] : []) + columns.map { text($0.label) })
        func add(_ row: ReportRow, depth: Int) {
            let values = columns.map { text(row[$0.key].value.displayText(now: now)) }
            rows.append((withDepth ? [String(depth)] : []) + values)
            for child in row.children { add(child, depth: depth + 1) }
        }
        for row in table.rows { add(row, depth: 0) }
        return rows
    }

    private func rows(for list: ReportList) -> [[String]] {
        var rows = list.title.isEmpty ? [] : [[text(list.title)]]
        rows.append(list.entries.map { text($0.label) })
        rows.append(list.entries.map { text($0.cell.value.displayText(now: now)) })
        return rows
    }

    private func text(_ value: String) -> String {
        sanitizeMultiline(value)
    }

    /// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF.
    static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
