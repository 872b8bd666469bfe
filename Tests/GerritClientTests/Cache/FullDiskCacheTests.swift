import Foundation
import GerritClient
import GerritClientTestSupport
import GerritModel
import GerritRemote
import Testing

/// Issue G, item 2: the disk under the cache fills up. A real tmpfs filled to the last byte,
/// so SQLite meets ENOSPC the way it would on a user's full home disk.
@Suite("G2 faults: the cache disk is full",
       .enabled(if: FullDisk.shouldRun, "needs root to mount a small tmpfs"), .serialized)
struct FullDiskCacheTests {
    @Test func oneWarningThenQueriesGoOnAndTheCacheSurvives() async throws {
        let disk = try FullDisk(kilobytes: 4096)
        defer { disk.unmount() }
        let demo = DemoServer()
        let clock = ManualClock()
        let warnings = WarningLog()
        let cache = try GerritCache.open(directory: disk.mountPoint.appendingPathComponent(".gerrymander.d"))
        let cached = CachedGerritClient(client: demo.client, cache: cache, now: { clock.now }, warn: warnings.append)
        let open = try await cached.query(.status("open"), lifetime: .short)
        #expect(!open.isEmpty)

        try disk.fill()
        // Live answers still come back; none can be stored, and the user hears it once.
        let merged = try await cached.query(.status("merged"), lifetime: .short)
        let abandoned = try await cached.query(.status("abandoned"), lifetime: .short)
        #expect(!merged.isEmpty && !abandoned.isEmpty)
        #expect(warnings.lines.count == 1, "\(warnings.lines)")
        let warning = try #require(warnings.lines.first)
        #expect(warning.contains(cache.fileURL.path))
        #expect(warning.contains("full"), "\(warning)")
        #expect(warning.hasSuffix("the result was not cached"))
        #expect(!warning.contains("\n"))

        // What was stored before the disk filled is intact and still answers without the server.
        let asked = await demo.commandCount
        clock.advance(by: 10)
        #expect(try await cached.query(.status("open"), lifetime: .short) == open)
        #expect(await demo.commandCount == asked)

        // Room again: results are stored again, and a fresh open of the file reads them.
        disk.makeRoom()
        _ = try await cached.query(.status("merged"), lifetime: .short)
        let reopened = try GerritCache.open(directory: cache.fileURL.deletingLastPathComponent())
        let key = cached.key(for: .status("merged"), options: QueryOptions())
        #expect(try reopened.cachedEntry(for: key, maxAge: 300, now: clock.now)?.changes == merged)
        #expect(warnings.lines.count == 1)
    }

    @Test func aCacheThatCannotBeCreatedOnAFullDiskIsOneWarningAndLeavesNoWreck() throws {
        let disk = try FullDisk(kilobytes: 1024)
        defer { disk.unmount() }
        let directory = disk.mountPoint.appendingPathComponent(".gerrymander.d")
        try disk.fill()
        let (cache, warning) = GerritCache.openOrWarn(directoryPath: directory.path)
        #expect(cache == nil)
        let text = try #require(warning)
        #expect(text.contains("continuing without the cache"))
        #expect(text.contains("full"), "\(text)")
        #expect(!text.contains("\n"))
        // Once there is room, the same place makes a working cache: nothing half-made is in the way.
        disk.makeRoom()
        let (later, laterWarning) = GerritCache.openOrWarn(directoryPath: directory.path)
        #expect(laterWarning == nil)
        let reopened = try #require(later)
        try reopened.recordRefresh(server: "demo", at: cacheTestEpoch)
        #expect(try reopened.lastRefresh(server: "demo") == cacheTestEpoch)
    }
}

/// The warnings a `CachedGerritClient` reported, in order.
final class WarningLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ line: String) { lock.withLock { items.append(line) } }
    var lines: [String] { lock.withLock { items } }
}
