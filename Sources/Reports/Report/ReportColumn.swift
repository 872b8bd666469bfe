/// One column of a `ReportTable`.
///
/// The key is what users type in `--field` and `--sort` and the element/property name in JSON
/// and XML, so it should be a short identifier such as `createdOn` or `flag-m2`.
public struct ReportColumn: Sendable, Hashable {
    /// Stable identifier used by `--field`, `--sort`, JSON keys and XML element names.
    public var key: String
    /// Header text shown to people.
    public var label: String
    /// Text-mode alignment; `.automatic` right-aligns columns of numbers.
    public var alignment: ColumnAlignment
    /// Whether the column is shown when the user gives no `--field`.
    public var isVisible: Bool
    /// The most terminal cells a value may take before it is cut with "…"; 0 means no limit.
    public var truncationWidth: Int
    /// Whether `--sort` accepts this column.
    public var isSortable: Bool
    /// An identifier (change number, project) that JSON, XML and CSV carry even when text mode
    /// hides it, so scripts can tell rows apart; an explicit `--field` list still decides.
    public var isIdentifier: Bool

    /// Creates a column.
    ///
    /// - Parameters:
    ///   - key: Identifier for `--field`/`--sort` and JSON/XML.
    ///   - label: Header text.
    ///   - alignment: Text-mode alignment; by default numbers right, anything else left.
    ///   - isVisible: Shown by default.
    ///   - truncationWidth: Cells before "…"; 0 for none.
    ///   - isSortable: Accepted by `--sort`.
    ///   - isIdentifier: Carried by the data formats even when hidden in text.
    public init(
        key: String, label: String, alignment: ColumnAlignment = .automatic,
        isVisible: Bool = true, truncationWidth: Int = 0, isSortable: Bool = true, isIdentifier: Bool = false
    ) {
        self.key = key
        self.label = label
        self.alignment = alignment
        self.isVisible = isVisible
        self.truncationWidth = truncationWidth
        self.isSortable = isSortable
        self.isIdentifier = isIdentifier
    }
}
