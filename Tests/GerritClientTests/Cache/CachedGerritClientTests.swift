import Foundation
import GerritClient
import GerritModel
import GerritRemote
import Testing

@Suite struct CachedGerritClientTests {
    let openChanges = GerritQuery.status("open")

    @Test func secondQueryWithinTheLifetimeDoesNotAskTheServer() async throws {
        let setup = try CachedDemo()
        defer { setup.remove() }
        let (demo, clock, cached) = (setup.demo, setup.clock, setup.client())

        let first = try await cached.query(openChanges, lifetime: .short)
        #expect(!first.isEmpty)
        #expect(await demo.commandCount == 1)
        clock.advance(by: 299)
        let second = try await cached.queryWithAge(openChanges, lifetime: .short)
        #expect(second.changes == first)
        #expect(second.age(now: clock.now) == 299)
        #expect(await demo.commandCount == 1)

        // Different flags are a different query.
        _ = try await cached.query(openChanges, options: .everything, lifetime: .short)
        #expect(await demo.commandCount == 2)
    }

    @Test func expiredResultIsFetchedAgain() async throws {
        let setup = try CachedDemo()
        defer { setup.remove() }
        let (demo, clock, cached) = (setup.demo, setup.clock, setup.client())
        _ = try await cached.query(openChanges, lifetime: .short)
        clock.advance(by: 301)
        let again = try await cached.queryWithAge(openChanges, lifetime: .short)
        #expect(await demo.commandCount == 2)
        #expect(again.storedAt == clock.now)
        // The long lifetime would still have used it.
        clock.advance(by: 3600)
        _ = try await cached.query(openChanges, lifetime: .long)
        #expect(await demo.commandCount == 2)
    }

    @Test func refreshAsksTheServerAndStoresTheNewResult() async throws {
        let setup = try CachedDemo()
        defer { setup.remove() }
        let (demo, clock) = (setup.demo, setup.clock)
        let use = setup.client()
        let refresh = setup.client(policy: .refresh)

        let before = try await use.query(openChanges, lifetime: .short)
        let target = try #require(before.first { $0.latestPatchSet != nil })
        let patchSet = try #require(target.latestPatchSet).number
        // The server's state moves on; the cache still has the old answer.
        try await demo.client.review(ReviewRequest(change: target.number, patchSet: patchSet, votes: ["Code-Review": -1],
                                                   message: "cache test"))
        clock.advance(by: 10)
        #expect(try await use.query(openChanges, lifetime: .short) == before)

        let refreshed = try await refresh.query(openChanges, lifetime: .short)
        #expect(refreshed != before)
        #expect(await demo.commandCount == 3)  // query, review, refreshed query
        // …and the refreshed answer is what the cache now serves.
        #expect(try await use.query(openChanges, lifetime: .short) == refreshed)
        #expect(await demo.commandCount == 3)
    }

    @Test func bypassNeverTouchesTheCache() async throws {
        let setup = try CachedDemo()
        defer { setup.remove() }
        let (demo, cache) = (setup.demo, setup.cache)
        let bypass = setup.client(policy: .bypass)
        _ = try await bypass.query(openChanges, lifetime: .short)
        _ = try await bypass.query(openChanges, lifetime: .short)
        #expect(await demo.commandCount == 2)
        #expect(try cache.cachedResult(for: bypass.key(for: openChanges, options: QueryOptions()),
                                       maxAge: .infinity, now: cacheTestEpoch) == nil)
        #expect(try cache.latestChanges(server: "demo").isEmpty)
        #expect(try cache.lastRefresh(server: "demo") == nil)

        // Without a cache at all (it could not be opened) every query is live.
        let noCache = CachedGerritClient(client: demo.client, cache: nil)
        #expect(try await !noCache.query(openChanges, lifetime: .long).isEmpty)
        #expect(await demo.commandCount == 3)
    }

    @Test func liveResultsFeedTheLatestTableAndRefreshTime() async throws {
        let setup = try CachedDemo()
        defer { setup.remove() }
        let (cache, clock, cached) = (setup.cache, setup.clock, setup.client())
        let open = try await cached.query(openChanges, lifetime: .short)
        let merged = try await cached.query(.status("merged"), lifetime: .long)

        let latest = try cache.latestChanges(server: "demo")
        #expect(Set(latest.map(\.number)) == Set((open + merged).map(\.number)))
        // Newest first, as the TUI lists them at start.
        let dates = latest.compactMap(\.lastUpdated)
        #expect(dates == dates.sorted(by: >))
        let sample = try #require(open.first)
        #expect(try cache.latestChange(number: sample.number, server: "demo") == sample)
        #expect(try cache.lastRefresh(server: "demo") == clock.now)

        // A cache hit is not a refresh.
        clock.advance(by: 60)
        _ = try await cached.query(openChanges, lifetime: .short)
        #expect(try cache.lastRefresh(server: "demo") == clock.now.addingTimeInterval(-60))
    }

    /// What a warm UI start paints from: the stored list in two pieces, the first as soon as it
    /// is read, however old the list is; nothing for a query never stored.
    @Test func aStoredListIsHandedOverInTwoPiecesWithoutAskingTheServer() async throws {
        let setup = try CachedDemo()
        defer { setup.remove() }
        let (demo, clock, cached) = (setup.demo, setup.clock, setup.client())
        let open = try await cached.query(openChanges, options: .everything, lifetime: .short)
        #expect(open.count > 5)
        clock.advance(by: 86_400 * 30)
        var pieces: [(CachedChanges, Bool)] = []
        cached.readCachedChanges(matching: openChanges, options: .everything, firstPiece: 5) { pieces.append(($0, $1)) }
        #expect(pieces.map(\.1) == [false, true])
        #expect(pieces.map(\.0.changes.count) == [5, open.count - 5])
        #expect(pieces.flatMap(\.0.changes) == open)
        #expect(pieces.allSatisfy { $0.0.savedAt == cacheTestEpoch })
        var none: [(CachedChanges, Bool)] = []
        cached.readCachedChanges(matching: .status("merged"), options: .everything, firstPiece: 5) { none.append(($0, $1)) }
        cached.readCachedChanges(matching: openChanges, options: QueryOptions(), firstPiece: 5) { none.append(($0, $1)) }
        #expect(none.isEmpty, "never stored: nothing to paint")
        #expect(await demo.commandCount == 1)
    }

    @Test func resultsPastTheRetentionAreDeleted() async throws {
        let setup = try CachedDemo()
        defer { setup.remove() }
        let (cache, clock, cached) = (setup.cache, setup.clock, setup.client(retention: .short))
        _ = try await cached.query(openChanges, lifetime: .short)
        let openKey = cached.key(for: openChanges, options: QueryOptions())
        clock.advance(by: 200)
        _ = try await cached.query(.status("merged"), lifetime: .short)
        #expect(try cache.cachedResult(for: openKey, maxAge: .infinity, now: clock.now) != nil)
        clock.advance(by: 200)
        _ = try await cached.query(.status("abandoned"), lifetime: .short)
        #expect(try cache.cachedResult(for: openKey, maxAge: .infinity, now: clock.now) == nil)
        // The latest-state table is not a query result: it keeps every change seen.
        #expect(try !cache.latestChanges(server: "demo").isEmpty)
    }

    @Test func serverErrorsStillReachTheCaller() async throws {
        let setup = try CachedDemo()
        defer { setup.remove() }
        let (demo, cached) = (setup.demo, setup.client())
        let broken = GerritQuery.raw("status:open AND (")
        await #expect(throws: (any Error).self) { try await cached.query(broken, lifetime: .short) }
        // Nothing was cached for the failed query, so the next try asks again.
        await #expect(throws: (any Error).self) { try await cached.query(broken, lifetime: .short) }
        #expect(await demo.commandCount == 2)
    }
}
