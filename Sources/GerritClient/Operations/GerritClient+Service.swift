import GerritModel
import GerritRemote

// The protocol's names differ from the client's so the client's defaulted parameters
// (limit, progress, reconnect policy) never make a call ambiguous.
extension GerritClient: GerritService {
    public func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] {
        try await self.query(query, options: options)
    }

    /// The client's own feed: it reconnects and backfills by itself.
    public func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate> {
        events(reconnect: ReconnectPolicy(backfillOptions: backfillOptions))
    }

    public func post(_ request: ReviewRequest) async throws { try await review(request) }
}
