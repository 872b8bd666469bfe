import Foundation
import GerritModel
import GerritRemote

/// A `GerritClient` whose queries go through the local cache.
///
/// With `.use`, a result stored less than `lifetime` ago is returned without contacting the
/// server; otherwise (and always with `.refresh`) the server is queried and the result stored.
/// Every live result also updates the latest-state table and the server's refresh time, which
/// the TUI paints from at start. With `.bypass`, or without a cache, this is the plain client.
///
/// Cache trouble never fails a query: a cache that cannot be read counts as a miss, one that
/// cannot be written (a full or read-only disk) is skipped, and each is reported through `warn`
/// once for the life of the client and its copies, however many queries meet it.
public struct CachedGerritClient: Sendable {
    /// The live client.
    public let client: GerritClient
    /// The cache, or `nil` to always query live (it could not be opened, or `--no-cache`).
    public let cache: GerritCache?
    /// Whether cached results may be used.
    public var policy: CachePolicy
    /// The current time; injected so tests control expiry.
    public let now: @Sendable () -> Date
    /// Receives one line per kind of cache problem (for the CLI's stderr or the TUI's status line).
    public let warn: @Sendable (String) -> Void
    private let warnings: CacheWarnings
    /// Stored results older than this are deleted after each live query, so the file does not
    /// grow without bound. Pass the longest lifetime in use (`.long(settings)`).
    public let retention: CacheLifetime

    /// Wraps `client`; with a `nil` cache every query is live.
    ///
    /// - Parameters:
    ///   - policy: `.use` normally, `.refresh` for `--refresh`, `.bypass` for `--no-cache`.
    ///   - now: the clock used for ages and expiry.
    ///   - warn: called with a one-line message the first time the cache cannot be read, and
    ///     the first time it cannot be written.
    ///   - retention: how long stored results are kept at all.
    public init(client: GerritClient, cache: GerritCache?, policy: CachePolicy = .use,
                now: @escaping @Sendable () -> Date = { Date() },
                warn: @escaping @Sendable (String) -> Void = { _ in },
                retention: CacheLifetime = .long) {
        self.client = client
        self.cache = cache
        self.policy = policy
        self.now = now
        self.warn = warn
        self.retention = retention
        warnings = CacheWarnings(warn)
    }

    /// Folds the cache's log in and closes its writer (see `GerritCache.close()`): for the end
    /// of a run; later answers are no longer stored.
    public func closeCache() {
        cache?.close()
    }

    /// The stored answer to `query`, however old: what the TUI paints before the server answers.
    public func cachedChanges(matching query: GerritQuery, options: QueryOptions) -> CachedChanges? {
        guard let cache, let entry = try? cache.cachedEntry(for: key(for: query, options: options),
                                                             maxAge: .greatestFiniteMagnitude, now: Date()) else { return nil }
        return CachedChanges(changes: entry.changes, savedAt: entry.storedAt)
    }

    /// The stored answer to `query`, however old, in two pieces (see `GerritService`).
    public func readCachedChanges(matching query: GerritQuery, options: QueryOptions, firstPiece: Int,
                                  deliver: (CachedChanges, _ complete: Bool) -> Void) {
        guard let cache else { return }
        _ = try? cache.readCachedEntry(for: key(for: query, options: options), maxAge: .greatestFiniteMagnitude,
                                       now: Date(), firstPiece: firstPiece) { entry, complete in
            deliver(CachedChanges(changes: entry.changes, savedAt: entry.storedAt), complete)
        }
    }

    /// The cache key this client uses for `query` with `options`.
    public func key(for query: GerritQuery, options: QueryOptions) -> QueryCacheKey {
        QueryCacheKey(server: client.serverName, user: client.user, query: query, options: options)
    }

    /// Runs `query`, answering from the cache when the policy and `lifetime` allow.
    ///
    /// - Throws: what `GerritClient.query` throws when the server has to be asked; never a
    ///   cache error.
    ///
    /// - Parameter parts: what the caller reads of each change. An answer from the cache holds
    ///   only those parts (the rest empty); a live answer is whole.
    public func query(_ query: GerritQuery, options: QueryOptions = QueryOptions(),
                      lifetime: CacheLifetime, parts: ChangeParts = .all,
                      progress: QueryProgressHandler? = nil) async throws -> [Change] {
        try await queryWithAge(query, options: options, lifetime: lifetime, parts: parts, progress: progress).changes
    }

    /// Like `query`, but also says when the result was fetched (now, for a live result).
    public func queryWithAge(_ query: GerritQuery, options: QueryOptions = QueryOptions(),
                             lifetime: CacheLifetime, parts: ChangeParts = .all,
                             progress: QueryProgressHandler? = nil) async throws -> CachedQueryResult {
        try await answer(query, options: options, lifetime: lifetime, progress: progress,
                         fromCache: { cache, key throws(GerritCacheError) in
                             try cache.cachedEntry(for: key, maxAge: lifetime.seconds, now: now(), parts: parts)
                         },
                         live: { $0 })
    }

    /// Runs `query` and folds each change into a result with `add`, starting from `initial`: a
    /// report that makes rows as the changes come never holds the list of changes when the
    /// answer is in the cache (see `GerritCache.forEachCachedChange`). Otherwise as `query`:
    /// the same cache rules, the same errors, a live answer stored whole.
    public func query<Result>(_ query: GerritQuery, options: QueryOptions = QueryOptions(), lifetime: CacheLifetime,
                              parts: ChangeParts = .all, progress: QueryProgressHandler? = nil,
                              into initial: Result, _ add: (inout Result, Change) -> Void) async throws -> Result {
        try await answer(query, options: options, lifetime: lifetime, progress: progress,
                         fromCache: { cache, key throws(GerritCacheError) in
                             var result = initial
                             // A damaged payload may have handed some changes over before the damage
                             // was found: that result is dropped, and the server asked.
                             let read = try cache.forEachCachedChange(for: key, maxAge: lifetime.seconds, now: now(),
                                                                      parts: parts) { add(&result, $0) }
                             return read ? result : nil
                         },
                         live: { $0.changes.reduce(into: initial, add) })
    }

    /// The one way a query is answered: from the cache when the policy and `lifetime` allow
    /// (`fromCache` reads it; nil is a miss, an error a miss that is warned about once), else
    /// from the server, stored unless the policy bypasses the cache; `live` shapes that answer.
    private func answer<T>(_ query: GerritQuery, options: QueryOptions, lifetime: CacheLifetime,
                           progress: QueryProgressHandler?,
                           fromCache read: (GerritCache, QueryCacheKey) throws(GerritCacheError) -> T?,
                           live: (CachedQueryResult) -> T) async throws -> T {
        guard let cache, policy != .bypass else {
            return live(CachedQueryResult(changes: try await client.query(query, options: options, progress: progress),
                                          storedAt: now()))
        }
        let key = key(for: query, options: options)
        if policy == .use {
            do {
                if let hit = try read(cache, key) { return hit }
            } catch {
                warnings.report(.reading, "warning: \(error.description); asking the server")
            }
        }
        return live(try await fetchAndStore(query, options: options, key: key, lifetime: lifetime, progress: progress,
                                            into: cache))
    }

    /// Asks the server and stores the answer (a cache that cannot be written is warned about once).
    private func fetchAndStore(_ query: GerritQuery, options: QueryOptions, key: QueryCacheKey, lifetime: CacheLifetime,
                               progress: QueryProgressHandler?, into cache: GerritCache) async throws -> CachedQueryResult {
        let changes = try await client.query(query, options: options, progress: progress)
        let fetchedAt = now()
        do {
            try cache.store(changes, for: key, at: fetchedAt)
            try cache.upsertLatest(changes, server: client.serverName)
            try cache.recordRefresh(server: client.serverName, at: fetchedAt)
            try cache.purgeQueryResults(storedBefore: fetchedAt.addingTimeInterval(-max(retention.seconds, lifetime.seconds)))
        } catch {
            warnings.report(.writing, "warning: \(error.description); the result was not cached")
        }
        return CachedQueryResult(changes: changes, storedAt: fetchedAt)
    }
}
