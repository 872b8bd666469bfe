import GerritClient
import GerritModel

/// What the effect runner needs from Gerrit: queries, the event stream, reviews.
///
/// `GerritClient` is one; a caching client (cache first, then the server) can be another,
/// so the store never needs to know whether results came from the cache.
public protocol GerritService: Sendable {
    /// Where the server is, for messages ("review.example.org:29418", "demo").
    var serverName: String { get }
    /// Every change matching `query`.
    func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change]
    /// The live event stream with connection state changes; ends when the connection does.
    func eventFeed() -> AsyncStream<EventFeedUpdate>
    /// Posts a review.
    func post(_ request: ReviewRequest) async throws
}

// The protocol's names differ from the client's so the client's defaulted parameters
// (limit, progress, reconnect policy) never make a call ambiguous.
extension GerritClient: GerritService {
    public func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] {
        try await self.query(query, options: options)
    }

    /// The client's own feed: it reconnects and backfills by itself.
    public func eventFeed() -> AsyncStream<EventFeedUpdate> { events() }

    public func post(_ request: ReviewRequest) async throws { try await review(request) }
}
