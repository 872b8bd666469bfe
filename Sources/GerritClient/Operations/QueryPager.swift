import Config
import GerritModel

/// How a server continues a query past its row cap.
public enum PagingStyle: Sendable, Equatable {
    /// Gerrit ≥ 2.10: `--start N`, with `moreChanges` in the stats row.
    case start
    /// Gerrit ≤ 2.9: `resume_sortkey:KEY`, with `resumeSortKey` in the stats row.
    case sortKey
}

/// The paging state machine of one query: which page to ask for next, and when to stop.
///
/// Pure (no I/O), so every decision is unit-tested. The client asks `nextRequest()`, runs it,
/// then reports the page with `finishPage(…)`. When the stats row cannot tell whether more rows
/// exist (no `moreChanges`, no `resumeSortKey`, but a full page), the answer is `.needsVersion`
/// and `resolve(serverStyle:)` decides from `gerrit version`.
struct QueryPager: Sendable, Equatable {
    /// What to do after a page.
    enum Decision: Sendable, Equatable {
        case nextPage
        case done
        /// The stats row was ambiguous; ask `gerrit version` and call `resolve(serverStyle:)`.
        case needsVersion
    }

    /// One page to fetch.
    struct PageRequest: Sendable, Equatable {
        /// 1-based page number.
        var page: Int
        /// `--start N`, when paging the new way.
        var start: Int?
        /// The query text for this page, with `limit:` and `resume_sortkey:` pushed in.
        var queryText: String
        /// The most rows this page may contribute (the rest of the caller's limit).
        var rowBudget: Int?
        /// The `limit:` this page asks for: the rest of the caller's limit, at most a page.
        var pageLimit: Int
    }

    /// The rows asked for per page, and assumed when a server does not say: Gerrit's default
    /// query limit (`GlobalCapability.DEFAULT_MAX_QUERY_LIMIT`). A server with a lower cap
    /// still says whether more rows exist, so paging goes on.
    static let pageSize = 500

    let baseQuery: String
    let limit: Int?
    private(set) var page = 0
    private(set) var delivered = 0
    private(set) var style: PagingStyle?
    private var resumeKey: String?
    private var lastSortKey: String?
    /// Set once `gerrit version` settled an ambiguous page: then only an empty page ends the query.
    private var continueUntilEmpty = false

    init(query: String, limit: Int?) {
        baseQuery = query.trimmingWhitespace()
        self.limit = limit.map { max(0, $0) }
    }

    /// Whether the caller's limit has been reached (then no more pages are fetched).
    var limitReached: Bool { limit.map { delivered >= $0 } ?? false }

    /// The next page to fetch.
    ///
    /// Every page carries `limit:N`, so the query sent is never empty (Gerrit refuses an empty
    /// one: "query is required") and no server is left to pick its own page size.
    mutating func nextRequest() -> PageRequest {
        page += 1
        let budget = limit.map { $0 - delivered }
        let pageLimit = min(budget ?? Self.pageSize, Self.pageSize)
        var parts = ["limit:\(pageLimit)"]
        if style == .sortKey, let resumeKey { parts.append("resume_sortkey:\(resumeKey)") }
        if !baseQuery.isEmpty {
            // Parenthesised so that a top-level OR in the user's query cannot swallow the limit.
            parts.append(baseQuery.contains(" ") ? "(\(baseQuery))" : baseQuery)
        }
        let start = style == .start && delivered > 0 ? delivered : nil
        return PageRequest(page: page, start: start, queryText: parts.joined(separator: " "),
                           rowBudget: budget, pageLimit: pageLimit)
    }

    /// Records a finished page: how many change rows it had, the last row's `sortKey`, the stats row.
    mutating func finishPage(rows: Int, lastSortKey: String?, stats: QueryStats?, requestedLimit: Int?) -> Decision {
        delivered += rows
        if let lastSortKey { self.lastSortKey = lastSortKey }
        if limitReached || rows == 0 { return .done }
        guard let stats else { return .done }
        if let more = stats.moreChanges {
            style = .start
            return more ? .nextPage : .done
        }
        if let key = stats.resumeSortKey {
            // The same key twice would fetch the same page forever.
            guard key != resumeKey else { return .done }
            style = .sortKey
            resumeKey = key
            return .nextPage
        }
        if continueUntilEmpty {
            if style == .sortKey {
                // Only a key from this very page moves on; anything else would fetch the same page again.
                guard let key = lastSortKey, key != resumeKey else { return .done }
                resumeKey = key
            }
            return .nextPage
        }
        // A server whose style is known and that did not ask for more has no more.
        if style != nil { return .done }
        let pageSize = requestedLimit ?? Self.pageSize
        return rows >= pageSize ? .needsVersion : .done
    }

    /// Decides an ambiguous page from the server's paging style (from `gerrit version`).
    mutating func resolve(serverStyle: PagingStyle?) -> Decision {
        continueUntilEmpty = serverStyle != nil
        switch serverStyle {
        case .start?:
            style = .start
            return .nextPage
        case .sortKey?:
            guard let lastSortKey else { return .done }
            style = .sortKey
            resumeKey = lastSortKey
            return .nextPage
        case nil:
            return .done
        }
    }
}
