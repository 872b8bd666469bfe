/// Finds the cells of a table's columns in row after row.
///
/// Every row of one report shares one keys array, so where each column's key sits is worked
/// out once per distinct array (compared by identity first, which is one check for a shared
/// array), not searched for in every row: a renderer asks for every cell of every row.
public struct ColumnLookup {
    /// The column keys, in the order the cells are wanted.
    public let columns: [String]
    /// The keys array the positions were worked out for.
    private var keys: [String]?
    /// Each column's index in `keys`, nil when that row has no such key.
    private var positions: [Int?] = []

    public init(columns: [String]) {
        self.columns = columns
    }

    /// The cell of each column in `row` (an empty cell for a key the row lacks).
    public mutating func cells(of row: ReportRow) -> [ReportCell] {
        if keys != row.keys {
            keys = row.keys
            positions = columns.map(row.index(of:))
        }
        return positions.map { $0.map { row.values[$0] } ?? ReportCell(.empty) }
    }
}
