/// The user's `--field`, `--sort` and `--limit` choices for the tables of a report.
public struct TableOptions: Sendable, Hashable {
    /// Columns to show, in the order to show them; empty keeps the report's defaults.
    public var fields: [FieldSpec]
    /// Column to sort rows by, or nil for the report's own order.
    public var sort: SortSpec?
    /// The most rows to show, counting nested children; nil for all.
    public var limit: Int?

    /// Creates options; the defaults change nothing.
    public init(fields: [FieldSpec] = [], sort: SortSpec? = nil, limit: Int? = nil) {
        self.fields = fields
        self.sort = sort
        self.limit = limit
    }
}

/// One `--field KEY[:WIDTH]`: show this column, optionally with its own truncation width.
public struct FieldSpec: Sendable, Hashable {
    /// Column key.
    public var key: String
    /// Truncation width in cells (0 turns truncation off); nil keeps the column's default.
    public var width: Int?

    /// Creates a field choice.
    public init(key: String, width: Int? = nil) {
        self.key = key
        self.width = width
    }

    /// Parses `KEY` or `KEY:WIDTH` as typed after `--field`.
    ///
    /// - Throws: `TableOptionsError.invalidFieldWidth` when WIDTH is not a number ≥ 0.
    public init(parsing text: String) throws(TableOptionsError) {
        guard let colon = text.lastIndex(of: ":") else {
            self.init(key: text)
            return
        }
        let key = String(text[..<colon])
        let widthText = String(text[text.index(after: colon)...])
        guard let width = Int(widthText), width >= 0 else {
            throw .invalidFieldWidth(field: text)
        }
        self.init(key: key, width: width)
    }
}

/// One `--sort KEY[:rev]`: the column to sort by and the direction.
public struct SortSpec: Sendable, Hashable {
    /// Column key.
    public var key: String
    /// Descending when true. Empty values stay last either way.
    public var reversed: Bool

    /// Creates a sort choice.
    public init(key: String, reversed: Bool = false) {
        self.key = key
        self.reversed = reversed
    }

    /// Parses `KEY` or `KEY:rev` as typed after `--sort`.
    ///
    /// A suffix other than `rev` is taken as part of the key, so the unknown-column error names it.
    public init(parsing text: String) {
        if text.hasSuffix(":rev") {
            self.init(key: String(text.dropLast(4)), reversed: true)
        } else {
            self.init(key: text)
        }
    }
}
