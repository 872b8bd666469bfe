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
    func query(_ query: GerritQuery, options: QueryOptions) async throws -> [Change]
    /// The live event stream with connection state changes; ends when the connection does.
    func events() -> AsyncStream<EventFeedUpdate>
    /// Posts a review.
    func review(_ request: ReviewRequest) async throws
}

extension GerritClient: GerritService {}
