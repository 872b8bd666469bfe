import Foundation
@testable import GerritClient
import GerritModel
import GerritRemote
import Testing

/// `CachedGerritClient.query(…into:_:)`: a report folds each change into its rows as the change
/// is read. The fold sees exactly the changes `query` returns, in order, from the cache, from the
/// server, and after a damaged payload sent it back to the server.
@Suite struct CachedGerritClientFoldTests {
    let openChanges = GerritQuery.status("open")

    @Test func aFoldSeesWhatTheListHoldsFromTheServerAndFromTheCache() async throws {
        let setup = try CachedDemo()
        defer { setup.remove() }
        let (demo, clock, cached) = (setup.demo, setup.clock, setup.client())
        let live = try await cached.query(openChanges, lifetime: .short, into: [Int]()) { $0.append($1.number) }
        #expect(live.count > 10)
        #expect(await demo.commandCount == 1)
        let listed = try await cached.query(openChanges, lifetime: .short, parts: [])
        #expect(listed.map(\.number) == live)
        let fromCache = try await cached.query(openChanges, lifetime: .short, parts: [], into: [Change]()) { $0.append($1) }
        #expect(fromCache == listed)
        #expect(await demo.commandCount == 1)
        // Without a cache, the same.
        let plain = CachedGerritClient(client: demo.client, cache: nil, now: { clock.now })
        #expect(try await plain.query(openChanges, lifetime: .short, into: [Int]()) { $0.append($1.number) } == live)
    }

    /// A payload damaged near its end hands some changes over before the damage is found: the
    /// fold starts again from the server's answer, so no change is counted twice.
    @Test func aDamagedPayloadStartsTheFoldAgainFromTheServer() async throws {
        let setup = try CachedDemo()
        defer { setup.remove() }
        let (demo, cache) = (setup.demo, setup.cache)
        let warnings = WarningLog()
        let cached = setup.client(warn: { warnings.append($0) })
        let first = try await cached.query(openChanges, lifetime: .short, into: [Int]()) { $0.append($1.number) }
        let database = try SQLiteConnection.open(path: cache.path, readOnly: false, busyTimeout: 5)
        try database.execute("UPDATE queryResult SET payload = substr(payload, 1, length(payload) - 40)")
        var handedOver = 0
        let again = try await cached.query(openChanges, lifetime: .short, into: [Int]()) { numbers, change in
            handedOver += 1
            numbers.append(change.number)
        }
        #expect(again == first)
        #expect(handedOver > first.count, "the damaged payload handed changes over before the damage was found")
        #expect(await demo.commandCount == 2)
        // A damaged payload counts as a miss: the fold went to the server without a word.
        #expect(warnings.lines.isEmpty)
    }
}
