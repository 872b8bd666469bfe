/// A titled record: labelled values in a fixed order, such as a summary.
public struct ReportList: Sendable, Hashable {
    /// Heading printed above the entries.
    public var title: String
    /// The entries in display order.
    public var entries: [ReportListEntry]

    /// Creates a list.
    public init(title: String, entries: [ReportListEntry]) {
        self.title = title
        self.entries = entries
    }
}

/// One labelled value of a `ReportList`.
public struct ReportListEntry: Sendable, Hashable {
    /// Identifier used as the JSON key and XML element name.
    public var key: String
    /// Label shown to people.
    public var label: String
    /// The value and its tone.
    public var cell: ReportCell

    /// Creates an entry.
    public init(key: String, label: String, cell: ReportCell) {
        self.key = key
        self.label = label
        self.cell = cell
    }

    /// Creates an entry with a plain value.
    public init(key: String, label: String, value: CellValue) {
        self.init(key: key, label: label, cell: ReportCell(value))
    }
}
