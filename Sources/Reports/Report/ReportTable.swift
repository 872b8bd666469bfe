/// A titled table: columns in display order and rows whose cells are keyed by column key.
///
/// Only visible columns are rendered. `applying(_:)` turns the user's `--field`, `--sort` and
/// `--limit` into a shaped table; renderers never sort or hide anything themselves.
public struct ReportTable: Sendable, Hashable {
    /// The heading printed above the grid (and the `title` in JSON/XML, the first CSV row).
    public var title: String
    /// Every column the report offers, in the order they are shown.
    public var columns: [ReportColumn]
    /// Top-level rows; dependency trees hang below them as `children`.
    public var rows: [ReportRow]

    /// Creates a table.
    public init(title: String, columns: [ReportColumn], rows: [ReportRow]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// The columns a renderer shows, in order.
    public var visibleColumns: [ReportColumn] {
        columns.filter(\.isVisible)
    }

    /// The columns JSON, XML and CSV show: the identifiers first, then the visible columns.
    public var dataColumns: [ReportColumn] {
        columns.filter { $0.isIdentifier } + columns.filter { $0.isVisible && !$0.isIdentifier }
    }

    /// Whether any row has children, i.e. the table is a dependency tree.
    public var hasChildren: Bool {
        rows.contains { !$0.children.isEmpty }
    }

    /// The number of rows including all nested children.
    public var totalRowCount: Int {
        rows.reduce(0) { $0 + $1.totalRowCount }
    }
}
