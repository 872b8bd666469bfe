/// How far a paged query has got, reported to a progress callback.
public struct QueryProgress: Sendable, Equatable {
    /// The page being fetched (1-based).
    public var page: Int
    /// Changes received so far, over all pages.
    public var rows: Int
    /// True on the last report, once the query has ended (successfully or not).
    public var finished: Bool

    public init(page: Int, rows: Int, finished: Bool = false) {
        self.page = page
        self.rows = rows
        self.finished = finished
    }
}

/// Called as a query proceeds: when a page starts, every 100 rows, and once at the end.
public typealias QueryProgressHandler = @Sendable (QueryProgress) -> Void
