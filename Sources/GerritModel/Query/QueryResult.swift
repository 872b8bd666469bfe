/// Everything one `gerrit query` page produced: changes, the trailer, and per-line problems.
public struct QueryResult: Hashable, Sendable {
    /// Change rows in server order (most recently updated first).
    public var changes: [Change]
    /// The stats trailer, when the server sent one.
    public var stats: QueryStats?
    /// The server's error row (a bad query); then there are no changes and no stats.
    public var serverError: GerritServerError?
    /// Lines that could not be decoded; the rest of the page is still usable.
    public var lineErrors: [GerritDecodeError]

    public init(changes: [Change] = [], stats: QueryStats? = nil, serverError: GerritServerError? = nil,
                lineErrors: [GerritDecodeError] = []) {
        self.changes = changes
        self.stats = stats
        self.serverError = serverError
        self.lineErrors = lineErrors
    }

    /// Collects decoded rows, in order.
    public init<S: Sequence>(rows: S) where S.Element == Result<QueryRow, GerritDecodeError> {
        self.init()
        for row in rows { append(row) }
    }

    /// Adds one decoded row (or its error).
    public mutating func append(_ row: Result<QueryRow, GerritDecodeError>) {
        switch row {
        case .success(.change(let change)): changes.append(change)
        case .success(.stats(let stats)): self.stats = stats
        case .success(.error(let error)): serverError = error
        case .failure(let error): lineErrors.append(error)
        }
    }

    /// Whether the server says more results exist: `moreChanges` (≥ 2.10), else a `resumeSortKey` (≤ 2.9).
    public var moreChanges: Bool {
        if let more = stats?.moreChanges { return more }
        return stats?.resumeSortKey != nil
    }

    /// Key for `resume_sortkey:` on Gerrit ≤ 2.9: the stats row's, else the last change's `sortKey`.
    public var resumeSortKey: String? {
        stats?.resumeSortKey ?? changes.last?.sortKey
    }
}
