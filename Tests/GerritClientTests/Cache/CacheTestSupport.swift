import Foundation
import GerritClient
import GerritModel
import GerritRemote
import GerritSim
import GerritTestSupport
import Testing

/// A fresh directory under the system temp folder, removed by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init(_ label: String = "cache") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gerrymander-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The permission bits of `path` (e.g. 0o600).
func permissions(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int) & 0o777
}

/// The moment every simulated dataset in these tests is built around.
let cacheTestEpoch = Date(timeIntervalSince1970: 1_750_000_000)

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = cacheTestEpoch) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }
}

/// What the cached-client tests start from: the demo server, a clock moved by hand and a cache
/// in a temporary folder (`remove()` deletes it).
struct CachedDemo {
    let temp: TemporaryDirectory
    let demo = DemoServer()
    let clock = ManualClock()
    let cache: GerritCache

    init() throws {
        temp = try TemporaryDirectory()
        cache = try GerritCache.open(directory: temp.url)
    }

    /// A client of the demo server through the cache, on the clock.
    func client(policy: CachePolicy = .use, retention: CacheLifetime = .long,
                warn: @escaping @Sendable (String) -> Void = { _ in }) -> CachedGerritClient {
        let clock = clock
        return CachedGerritClient(client: demo.client, cache: cache, policy: policy, now: { clock.now }, warn: warn,
                                  retention: retention)
    }

    func remove() {
        temp.remove()
    }
}

/// The demo setup: a simulated server with a fixed dataset, reached through a counting transport.
struct DemoServer {
    let server: GerritSimServer
    let transport: RecordingTransport
    let client: GerritClient

    init(changeCount: Int = 80) {
        server = GerritSimServer(changeCount: changeCount, now: cacheTestEpoch)
        transport = RecordingTransport(SimulatedTransport(server: server, user: "demo", clock: ImmediateEventClock()))
        client = GerritClient(transport: transport, serverName: "demo", user: "demo")
    }

    var commandCount: Int { get async { transport.commands.count } }
}

/// Every change the demo server has, with every field the simulator fills.
func demoChanges(changeCount: Int = 320) async throws -> [Change] {
    let demo = DemoServer(changeCount: changeCount)
    return try await demo.client.query(.raw("status:open OR status:merged OR status:abandoned"), options: .everything)
}
