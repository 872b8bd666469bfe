/// The `-m/--mode` choice: how a report is written.
public enum OutputMode: String, Sendable, Hashable, CaseIterable {
    /// Titled grids and lists for people, optionally coloured.
    case text
    /// A JSON array of parts with display strings and raw values.
    case json
    /// An XML document with display text and raw values as attributes.
    case xml
    /// RFC 4180 CSV, one block per part.
    case csv
}
