import Foundation
@testable import GerritSim

/// Shared fixtures: a fixed "now" and decoded rows, so tests read like what a client sees.
enum Sim {
    static let now = Date(timeIntervalSince1970: 1_764_000_000)

    static func dataset(changes: Int = 320, seed: UInt64 = 42) -> SimDataset {
        SimDataset.generate(seed: seed, changeCount: changes, now: now)
    }

    static func server(changes: Int = 320, config: SimServerConfig = SimServerConfig()) -> GerritSimServer {
        GerritSimServer(dataset: dataset(changes: changes), config: config)
    }

    /// Parses one JSON line into a dictionary (empty on failure, which the test then notices).
    static func object(_ line: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
    }

    /// Change rows (lines without `type`) of a query result.
    static func rows(_ result: SimCommandResult) -> [[String: Any]] {
        result.stdout.map(object).filter { $0["type"] == nil }
    }

    static func stats(_ result: SimCommandResult) -> [String: Any] {
        result.stdout.last.map(object) ?? [:]
    }

    static func numbers(_ result: SimCommandResult) -> [Int] {
        rows(result).compactMap { ($0["number"] as? Int) ?? Int($0["number"] as? String ?? "") }
    }

    static func query(_ server: GerritSimServer, _ q: String, user: String = "demo") async -> SimCommandResult {
        await server.run(commandLine: "gerrit query --format=JSON --patch-sets --all-approvals --files \(q)", user: user)
    }
}
