import GerritModel
import GerritRemote

/// One list query a warm start looks up in the cache (`Effect.loadCachedLists`).
public struct CachedListQuery: Sendable, Hashable {
    public var id: QueryID
    public var query: GerritQuery
    public var options: QueryOptions

    public init(id: QueryID, query: GerritQuery, options: QueryOptions) {
        self.id = id
        self.query = query
        self.options = options
    }
}
