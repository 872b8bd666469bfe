import Foundation
import GerritModel
import GerritRemote
import GerritSim
import GerritTestSupport
import Reports

/// The demo dataset at a fixed "now", queried from the simulator, decoded as the client decodes.
enum DemoData {
    static let now = Date(timeIntervalSince1970: 1_764_000_000)
    static let bots = BotMatcher(names: ["zuul", "jenkins", "citrix_xenserver_ci", "vmware-nsx-ci", "hyper-v-ci"])

    static func service(_ server: GerritSimServer = GerritSimServer(now: now)) -> SimulatedService {
        SimulatedService(server: server, serverName: "demo")
    }

    static func changes(_ query: GerritQuery, comments: Bool = false) async throws -> [Change] {
        try await service().changes(matching: query, options: QueryOptions(currentPatchSet: true, patchSets: true,
                                                                           allApprovals: true, comments: comments))
    }

    /// The first `count` live events, as the server streams them.
    static func events(_ count: Int) async -> [StreamEvent] {
        var events: [StreamEvent] = []
        for await update in service().eventFeed(backfillOptions: QueryOptions()) {
            if case .event(let event) = update { events.append(event) }
            if events.count >= count { break }
        }
        return events
    }
}
