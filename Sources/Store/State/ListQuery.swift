import GerritModel
import GerritRemote

/// One distinct list query the tabs run: what a warm start looks up in the cache
/// (`Effect.loadCachedLists`) and what a refresh fetches.
public struct ListQuery: Sendable, Hashable {
    public var id: QueryID
    public var query: GerritQuery
    public var options: QueryOptions

    public init(id: QueryID, query: GerritQuery, options: QueryOptions) {
        self.id = id
        self.query = query
        self.options = options
    }
}
