/// A finished report, ready for any output mode: one table, one list, or several parts.
///
/// Reports are generic: they hold display-ready cells with typed values and know nothing about
/// Gerrit. The report logic builds them; the `Output` module renders them as text, JSON, XML or
/// CSV. A compound report renders its parts in order (text mode separates them by a blank line).
public enum Report: Sendable, Hashable {
    /// A titled grid of rows, possibly with dependency children.
    case table(ReportTable)
    /// A titled record of labelled values.
    case list(ReportList)
    /// Several parts shown one after another.
    case compound([Report])

    /// The tables and lists of this report in order, with nested compounds flattened.
    public var parts: [Report] {
        switch self {
        case .table, .list: return [self]
        case .compound(let parts): return parts.flatMap(\.parts)
        }
    }

    /// Applies `--field`, `--sort` and `--limit` to every table of the report.
    ///
    /// Lists are left as they are. The options are checked against each table's columns.
    /// - Throws: `TableOptionsError` when a table does not know a field or sort column.
    public func applying(_ options: TableOptions) throws(TableOptionsError) -> Report {
        switch self {
        case .table(let table): return .table(try table.applying(options))
        case .list: return self
        case .compound(let parts):
            var shaped: [Report] = []
            for part in parts { shaped.append(try part.applying(options)) }
            return .compound(shaped)
        }
    }
}
