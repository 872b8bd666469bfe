import Foundation
import GerritClient
import GerritModel
import GerritSim
import Reports

/// The demo dataset at a fixed "now", queried through the same client path the CLI uses.
enum DemoData {
    static let now = Date(timeIntervalSince1970: 1_764_000_000)
    static let bots = BotMatcher(names: ["zuul", "jenkins", "citrix_xenserver_ci", "vmware-nsx-ci", "hyper-v-ci"])

    static func client(_ server: GerritSimServer = GerritSimServer(now: now)) -> GerritClient {
        GerritClient(transport: SimulatedTransport(server: server, user: "demo", clock: ImmediateEventClock()),
                     serverName: "demo", user: "demo")
    }

    static func changes(_ query: GerritQuery, comments: Bool = false) async throws -> [Change] {
        try await client().query(query, options: QueryOptions(currentPatchSet: true, patchSets: true,
                                                              allApprovals: true, comments: comments))
    }

    /// The first `count` live events, as the server streams them.
    static func events(_ count: Int) async -> [StreamEvent] {
        var events: [StreamEvent] = []
        for await update in client().events() {
            if case .event(let event) = update { events.append(event) }
            if events.count >= count { break }
        }
        return events
    }
}
