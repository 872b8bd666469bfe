/// One row of a `ReportTable`, with cells keyed by column key and nested dependency rows.
///
/// A missing key renders as an empty cell, so a row need not fill every column.
public struct ReportRow: Sendable, Hashable {
    /// Cells by column key.
    public var cells: [String: ReportCell]
    /// Rows that depend on this one (`--deps`), shown indented below it.
    public var children: [ReportRow]

    /// Creates a row from cells.
    public init(cells: [String: ReportCell], children: [ReportRow] = []) {
        self.cells = cells
        self.children = children
    }

    /// Creates a row from plain values without tones.
    public init(values: [String: CellValue], children: [ReportRow] = []) {
        self.cells = values.mapValues { ReportCell($0) }
        self.children = children
    }

    /// The cell for a column key, or an empty cell.
    public subscript(key: String) -> ReportCell {
        cells[key] ?? ReportCell(.empty)
    }

    /// This row plus all rows below it.
    public var totalRowCount: Int {
        1 + children.reduce(0) { $0 + $1.totalRowCount }
    }
}
