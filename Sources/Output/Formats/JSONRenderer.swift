import Foundation
import Reports
import TerminalText

/// Renders reports as JSON for scripts: display strings beside raw values.
///
/// The document is a top-level array with one object per part, pretty-printed with two spaces,
/// keys in a fixed order (columns in display order), never any colour codes:
///
/// ```json
/// [
///   {
///     "table": {
///       "title": "Changes",
///       "headers": { "owner": "Owner", "createdOn": "Created", "reviews": "Reviews" },
///       "content": [
///         {
///           "display": { "owner": "alice", "createdOn": "4 days", "reviews": "+2" },
///           "values": {
///             "owner": "alice",
///             "createdOn": { "epoch": 1763700000, "iso": "2025-11-21T04:40:00Z" },
///             "reviews": 2
///           },
///           "children": []
///         }
///       ]
///     }
///   },
///   {
///     "list": {
///       "title": "Review summary",
///       "headers": { "total": "Total reviews" },
///       "content": { "display": { "total": "18" }, "values": { "total": 18 } }
///     }
///   }
/// ]
/// ```
///
/// - `display` holds what text mode shows (relative ages, signed votes, "…" truncation).
/// - `values` holds the raw value: text as strings, numbers as numbers (percentages as the
///   fraction, durations in seconds), dates as `{"epoch", "iso"}` (UTC), a summary vote as a
///   number, label votes as `{"Code-Review": [2, 1]}`, and a blank cell as `null`.
/// - `children` holds dependent rows of the same shape; it is always present.
/// - Only visible columns appear (after `--field`).
public struct JSONRenderer: Sendable {
    /// "Now" for the relative ages in `display`.
    public var now: Date

    /// Creates a JSON renderer.
    public init(now: Date) {
        self.now = now
    }

    /// The report as a JSON document ending in a newline.
    public func render(_ report: Report) -> String {
        let parts: [JSONValue] = report.parts.compactMap { part in
            switch part {
            case .table(let table): return .object([("table", json(table))])
            case .list(let list): return .object([("list", json(list))])
            case .compound: return nil
            }
        }
        return JSONValue.array(parts).serialized(indent: 0) + "\n"
    }

    private func json(_ table: ReportTable) -> JSONValue {
        let columns = table.dataColumns
        return .object([
            ("title", .string(table.title)),
            ("headers", .object(columns.map { ($0.key, .string($0.label)) })),
            ("content", .array(table.rows.map { json($0, columns: columns) })),
        ])
    }

    private func json(_ row: ReportRow, columns: [ReportColumn]) -> JSONValue {
        .object([
            ("display", .object(columns.map { ($0.key, .string(displayString(row[$0.key], column: $0))) })),
            ("values", .object(columns.map { ($0.key, row[$0.key].value.jsonValue) })),
            ("children", .array(row.children.map { json($0, columns: columns) })),
        ])
    }

    private func json(_ list: ReportList) -> JSONValue {
        .object([
            ("title", .string(list.title)),
            ("headers", .object(list.entries.map { ($0.key, .string($0.label)) })),
            ("content", .object([
                ("display", .object(list.entries.map { ($0.key, .string($0.cell.value.displayText(now: now))) })),
                ("values", .object(list.entries.map { ($0.key, $0.cell.value.jsonValue) })),
            ])),
        ])
    }

    private func displayString(_ cell: ReportCell, column: ReportColumn) -> String {
        let text = cell.value.displayText(now: now)
        guard column.truncationWidth > 0 else { return text }
        return truncate(text, toWidth: column.truncationWidth)
    }
}
