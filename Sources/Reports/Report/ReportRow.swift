/// One row of a `ReportTable`, with cells keyed by column key and nested dependency rows.
///
/// A missing key renders as an empty cell, so a row need not fill every column.
///
/// The cells are kept as two parallel arrays, keys and cells, rather than a dictionary: a row
/// has a dozen short keys, found faster by comparing them than by hashing, and every row of
/// one report can share one keys array (`init(keys:cells:)`), so a 2,000-row table builds no
/// hash tables at all. Equality and hashing ignore the order of the keys, as a dictionary's do.
public struct ReportRow: Sendable, Hashable {
    /// Column keys, each once, in the order given.
    private(set) var keys: [String]
    /// The cell of each key, at the same index.
    private(set) var values: [ReportCell]
    /// Rows that depend on this one (`--deps`), shown indented below it.
    public var children: [ReportRow]

    /// Creates a row from cells.
    public init(cells: [String: ReportCell], children: [ReportRow] = []) {
        keys = Array(cells.keys)
        values = Array(cells.values)
        self.children = children
    }

    /// Creates a row from plain values without tones.
    public init(values: [String: CellValue], children: [ReportRow] = []) {
        self.init(cells: values.mapValues { ReportCell($0) }, children: children)
    }

    /// Creates a row from cells in the order of `keys`, which must not repeat: the way for a
    /// report that builds many rows with the same keys (they share the array).
    public init(keys: [String], cells: [ReportCell], children: [ReportRow] = []) {
        precondition(keys.count == cells.count, "a row needs one cell per key")
        self.keys = keys
        values = cells
        self.children = children
    }

    /// Cells by column key.
    public var cells: [String: ReportCell] {
        get { Dictionary(zip(keys, values), uniquingKeysWith: { first, _ in first }) }
        set {
            keys = Array(newValue.keys)
            values = Array(newValue.values)
        }
    }

    /// Sets the cell of `key`, adding the key when the row has none.
    ///
    /// Without `cells`' round trip through a dictionary (every key hashed, the order lost).
    public mutating func set(_ cell: ReportCell, for key: String) {
        if let index = index(of: key) {
            values[index] = cell
        } else {
            keys.append(key)
            values.append(cell)
        }
    }

    /// The row with only the cells of `kept` keys, in their order here.
    public func keeping(_ kept: [String]) -> ReportRow {
        var row = self
        row.keys = []
        row.values = []
        for (key, value) in zip(keys, values) where kept.contains(key) {
            row.keys.append(key)
            row.values.append(value)
        }
        return row
    }

    /// The cell for a column key, or an empty cell.
    public subscript(key: String) -> ReportCell {
        if let index = index(of: key) { return values[index] }
        return ReportCell(.empty)
    }

    /// Where `key` is; lengths are compared first, which tells most short keys apart without
    /// a string comparison (the renderer and the sort look up every cell of every row). Keys
    /// that are equal as Strings but differ in bytes (canonically equivalent Unicode) are found
    /// by the plain search after it: it only runs for a key the row does not have.
    func index(of key: String) -> Int? {
        let length = key.utf8.count
        return keys.firstIndex { $0.utf8.count == length && $0 == key } ?? keys.firstIndex(of: key)
    }

    /// This row plus all rows below it.
    public var totalRowCount: Int {
        1 + children.reduce(0) { $0 + $1.totalRowCount }
    }

    public static func == (lhs: ReportRow, rhs: ReportRow) -> Bool {
        guard lhs.keys.count == rhs.keys.count, lhs.children == rhs.children else { return false }
        if lhs.keys == rhs.keys { return lhs.values == rhs.values }
        for (key, value) in zip(lhs.keys, lhs.values) {
            guard let index = rhs.index(of: key), rhs.values[index] == value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Each key and cell hashed alone, the results combined in an order-free way.
        var combined = 0
        for (key, value) in zip(keys, values) {
            var entry = Hasher()
            entry.combine(key)
            entry.combine(value)
            combined ^= entry.finalize()
        }
        hasher.combine(keys.count)
        hasher.combine(combined)
        hasher.combine(children)
    }
}
