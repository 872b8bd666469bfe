import Foundation
import GerritRemote
import GerritSim

/// Ready-made simulated servers and clients for tests.
public enum SimulatedGerrit {
    /// A fixed "now" so generated datasets are the same in every run.
    public static let fixedNow = Date(timeIntervalSince1970: 1_764_000_000)

    /// An in-process simulated server with the given knobs, and a transport to it as "demo".
    ///
    /// - Parameters:
    ///   - changes: how many changes the dataset has.
    ///   - pageCap: the most rows one query answers (Gerrit's default is 500).
    ///   - oldServer: behave like Gerrit 2.8 (`resume_sortkey:` paging).
    ///   - garbageLine: print a non-JSON line before query output.
    public static func transport(changes: Int = 320, pageCap: Int = 500, oldServer: Bool = false,
                                 garbageLine: Bool = false, eventRate: Double = 6,
                                 now: Date = fixedNow) -> (transport: SimulatedTransport, server: GerritSimServer) {
        let config = SimServerConfig(oldServer: oldServer, pageCap: pageCap, eventRate: eventRate, garbageLine: garbageLine)
        let server = GerritSimServer(seed: 42, changeCount: changes, now: now, config: config)
        return (SimulatedTransport(server: server, user: "demo", clock: ImmediateEventClock()), server)
    }

    /// Stream-events lines as the simulated server writes them: `count` live events.
    public static func eventLines(count: Int, now: Date = fixedNow) async -> [String] {
        let server = GerritSimServer(seed: 42, changeCount: 40, now: now)
        var lines: [String] = []
        for _ in 0..<count { lines.append(await server.fireNext().line) }
        return lines
    }
}

/// Wraps a transport and records every command it runs.
public final class RecordingTransport: GerritTransport, @unchecked Sendable {
    public let inner: any GerritTransport
    // Guarded by `lock`.
    private let lock = NSLock()
    private var recorded: [RemoteCommand] = []

    public init(_ inner: any GerritTransport) {
        self.inner = inner
    }

    /// Every command run so far, in order.
    public var commands: [RemoteCommand] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    private func record(_ command: RemoteCommand) {
        lock.lock()
        recorded.append(command)
        lock.unlock()
    }

    public func shutdown() { inner.shutdown() }

    public func run(_ command: RemoteCommand) async throws -> RemoteExecution {
        record(command)
        return try await inner.run(command)
    }
}
