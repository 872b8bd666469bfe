import GerritModel
import GerritRemote

// The TUI's client: every list query goes to the server and is stored, so the next start can
// paint from the cache at once; the event feed and reviews go straight to the server.
extension CachedGerritClient: GerritService {
    public var serverName: String { client.serverName }

    public func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] {
        try await self.query(query, options: options, lifetime: .short)
    }

    public func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate> {
        client.eventFeed(backfillOptions: backfillOptions)
    }

    public func post(_ request: ReviewRequest) async throws { try await client.review(request) }

    public func serverVersion() async throws -> GerritVersion? { try await client.serverVersion() }
}
