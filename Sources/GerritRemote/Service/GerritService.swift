import GerritModel

/// What the TUI's store needs from Gerrit: queries, the event stream, reviews.
///
/// `GerritClient` is one; its caching wrapper (which stores every list for the next start) is
/// another, and tests use the simulator directly, so the store never needs to know which.
public protocol GerritService: Sendable {
    /// Where the server is, for messages ("review.example.org:29418", "demo").
    var serverName: String { get }
    /// Every change matching `query`.
    func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change]
    /// The live event stream with connection state changes.
    ///
    /// The feed owns reconnecting: after a break it reports `.reconnecting`, tries again, and
    /// catches up with a `.backfill` of the changes updated meanwhile, fetched with
    /// `backfillOptions`. It ends only when it gives up (`.offline`) or is cancelled.
    func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate>
    /// Posts a review.
    func post(_ request: ReviewRequest) async throws
    /// The server's version (`gerrit version`), or nil when it does not tell.
    func serverVersion() async throws -> GerritVersion?
    /// What a local cache last stored for `query`, however old, without asking the server;
    /// nil without a cache (the default).
    func cachedChanges(matching query: GerritQuery, options: QueryOptions) -> CachedChanges?
    /// `cachedChanges` in two pieces, each handed to `deliver` as soon as it is read: the first
    /// `firstPiece` changes, then the rest (`complete` true with the last). A rest that cannot
    /// be read never comes. The default hands `cachedChanges` over whole.
    func readCachedChanges(matching query: GerritQuery, options: QueryOptions, firstPiece: Int,
                           deliver: (CachedChanges, _ complete: Bool) -> Void)
}
