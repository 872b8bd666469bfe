import Foundation
@testable import GerritClient
import GerritModel
import Testing

@Suite struct GerritCacheTests {
    let key = QueryCacheKey(server: "demo", user: "demo", query: "status:open", flags: ["--current-patch-set"])

    func change(_ number: Int, updated seconds: TimeInterval?, subject: String = "s") -> Change {
        Change(project: "p", number: number, subject: subject,
               lastUpdated: seconds.map { cacheTestEpoch.addingTimeInterval($0) })
    }

    @Test func createsAPrivateDirectoryAndFile() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let directory = temp.url.appendingPathComponent("nested/.gerrymander.d", isDirectory: true)
        let cache = try GerritCache.open(directory: directory)
        try cache.store([change(1, updated: 0)], for: key, at: cacheTestEpoch)

        #expect(cache.fileURL.lastPathComponent == "cache.sqlite")
        #expect(try permissions(of: directory.path) == 0o700)
        #expect(try permissions(of: cache.fileURL.path) == 0o600)
        // SQLite's WAL companions hold the same data and must be as private.
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: cache.fileURL.path + suffix) {
            #expect(try permissions(of: cache.fileURL.path + suffix) == 0o600, "\(suffix)")
        }
    }

    /// The command line opens the cache by the folder's path, as the config names it: the same
    /// file as through a URL, with or without a trailing slash, and nothing else is created.
    @Test func aFolderPathOpensTheSameFileAsItsURL() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let byURL = try GerritCache.open(directory: temp.url)
        try byURL.store([change(1, updated: 0)], for: key, at: cacheTestEpoch)
        for folder in [temp.url.path, temp.url.path + "/"] {
            let byPath = try GerritCache.open(directoryPath: folder)
            #expect(byPath.path == temp.url.path + "/cache.sqlite")
            #expect(byPath.fileURL == byURL.fileURL)
            #expect(try byPath.cachedResult(for: key, maxAge: 60, now: cacheTestEpoch)?.map(\.number) == [1])
        }
        let made = try FileManager.default.contentsOfDirectory(atPath: temp.url.path).filter { !$0.hasPrefix("cache.sqlite") }
        #expect(made.isEmpty, "\(made)")
    }

    /// A report's reader maps the file: it reads what was stored before it opened, and what
    /// another process stores after (the file grows past what was mapped; the log holds the rest).
    @Test func aMappedReaderReadsWhatIsStoredBeforeAndAfterItOpened() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let writer = try GerritCache.open(directory: temp.url)
        let before = (1...300).map { change($0, updated: Double($0)) }
        try writer.store(before, for: key, at: cacheTestEpoch)
        writer.close()
        let mapped = try GerritCache.open(directoryPath: temp.url.path, mappedReads: true)
        #expect(mapped.mappedReadBytes == GerritCache.mappedReadLimit)
        #expect(try GerritCache.open(directoryPath: temp.url.path).mappedReadBytes == 0, "only one-shot readers map")
        #expect(try mapped.cachedResult(for: key, maxAge: 60, now: cacheTestEpoch) == before)
        let other = try GerritCache.open(directory: temp.url)
        let later = QueryCacheKey(server: "demo", user: "demo", query: "status:merged", flags: [])
        let after = (301...3_300).map { change($0, updated: Double($0)) }
        try other.store(after, for: later, at: cacheTestEpoch)
        #expect(try mapped.cachedResult(for: later, maxAge: 60, now: cacheTestEpoch) == after)
        other.close()
        #expect(try mapped.cachedResult(for: later, maxAge: 60, now: cacheTestEpoch) == after)
        #expect(try mapped.cachedResult(for: key, maxAge: 60, now: cacheTestEpoch) == before)
    }

    /// The next start must not read back a log the size of everything this session stored.
    @Test func closingFoldsTheLogIntoTheFileAndLeavesNoneBehind() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let cache = try GerritCache.open(directory: temp.url)
        let many = (1...2_000).map { change($0, updated: Double($0), subject: String(repeating: "subject ", count: 40)) }
        try cache.store(many, for: key, at: cacheTestEpoch)
        let log = cache.fileURL.path + "-wal"
        let written = (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
        #expect(written > 100_000, "the store went through the log")
        cache.close()
        let left = (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
        #expect(left == 0)
        // Nothing was lost; a closed cache still reads, and fails its writes instead of crashing.
        #expect(try cache.cachedResult(for: key, maxAge: 60, now: cacheTestEpoch) == many)
        #expect(throws: GerritCacheError.self) { try cache.store([change(1, updated: 1)], for: key, at: cacheTestEpoch) }
        let reopened = try GerritCache.open(directory: temp.url)
        #expect(try reopened.cachedResult(for: key, maxAge: 60, now: cacheTestEpoch) == many)
    }

    @Test func defaultDirectoryIsInTheHomeFolder() {
        #expect(GerritCache.defaultDirectory(home: "/home/me").path == "/home/me/.gerrymander.d")
    }

    /// §9.18: the original trusted any cache file still present; entries now expire by their own age.
    @Test func resultIsUsedUntilItsLifetimeEnds_bug9_18() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let cache = try GerritCache.open(directory: temp.url)
        let changes = [change(2, updated: 5), change(1, updated: 0)]
        try cache.store(changes, for: key, at: cacheTestEpoch)

        let lifetime = CacheLifetime.short.seconds
        #expect(try cache.cachedResult(for: key, maxAge: lifetime, now: cacheTestEpoch) == changes)
        #expect(try cache.cachedResult(for: key, maxAge: lifetime, now: cacheTestEpoch.addingTimeInterval(300)) == changes)
        #expect(try cache.cachedResult(for: key, maxAge: lifetime, now: cacheTestEpoch.addingTimeInterval(301)) == nil)
        // The long lifetime keeps the same entry for a day.
        let nextDay = cacheTestEpoch.addingTimeInterval(86_400)
        #expect(try cache.cachedResult(for: key, maxAge: CacheLifetime.long.seconds, now: nextDay) == changes)
        #expect(try cache.cachedResult(for: key, maxAge: CacheLifetime.long.seconds, now: nextDay.addingTimeInterval(1)) == nil)
        // A zero lifetime never reuses; a clock set back far makes the entry stale, not eternal.
        #expect(try cache.cachedResult(for: key, maxAge: 0, now: cacheTestEpoch) == nil)
        #expect(try cache.cachedResult(for: key, maxAge: lifetime, now: cacheTestEpoch.addingTimeInterval(-30)) == changes)
        #expect(try cache.cachedResult(for: key, maxAge: lifetime, now: cacheTestEpoch.addingTimeInterval(-3600)) == nil)
        let entry = try #require(try cache.cachedEntry(for: key, maxAge: lifetime, now: cacheTestEpoch.addingTimeInterval(42)))
        #expect(entry.storedAt == cacheTestEpoch)
        #expect(entry.age(now: cacheTestEpoch.addingTimeInterval(42)) == 42)
    }

    @Test func everyPartOfTheKeyMatters() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let cache = try GerritCache.open(directory: temp.url)
        try cache.store([change(1, updated: 0)], for: key, at: cacheTestEpoch)
        let others = [
            QueryCacheKey(server: "other:29418", user: key.user, query: key.query, flags: key.flags),
            QueryCacheKey(server: key.server, user: "someone", query: key.query, flags: key.flags),
            QueryCacheKey(server: key.server, user: key.user, query: "status:merged", flags: key.flags),
            QueryCacheKey(server: key.server, user: key.user, query: key.query, flags: ["--current-patch-set", "--files"]),
        ]
        for other in others {
            #expect(try cache.cachedResult(for: other, maxAge: 300, now: cacheTestEpoch) == nil, "\(other)")
        }
        #expect(try cache.cachedResult(for: key, maxAge: 300, now: cacheTestEpoch) != nil)
    }

    @Test func storingAgainReplacesTheResult() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let cache = try GerritCache.open(directory: temp.url)
        try cache.store([change(1, updated: 0)], for: key, at: cacheTestEpoch)
        try cache.store([change(3, updated: 9)], for: key, at: cacheTestEpoch.addingTimeInterval(10))
        let entry = try cache.cachedEntry(for: key, maxAge: 300, now: cacheTestEpoch.addingTimeInterval(10))
        #expect(entry?.changes.map(\.number) == [3])
        #expect(entry?.storedAt == cacheTestEpoch.addingTimeInterval(10))
    }

    @Test func dataSurvivesReopening() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        do {
            let cache = try GerritCache.open(directory: temp.url)
            try cache.store([change(1, updated: 0)], for: key, at: cacheTestEpoch)
            try cache.upsertLatest([change(1, updated: 0)], server: "demo")
        }
        let reopened = try GerritCache.open(directory: temp.url)
        #expect(try reopened.cachedResult(for: key, maxAge: 300, now: cacheTestEpoch)?.map(\.number) == [1])
        #expect(try reopened.latestChange(number: 1, server: "demo")?.number == 1)
    }

    /// Issue F: a warm run opens the cache and only reads it; that must not write to the file
    /// (opening read-write connections committed a dummy transaction and synced the file).
    @Test func openingAndReadingWritesNothingToTheFile() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let file = temp.url.appendingPathComponent(GerritCache.fileName).path
        do {
            let cache = try GerritCache.open(directory: temp.url)
            try cache.store([change(1, updated: 0)], for: key, at: cacheTestEpoch)
            try cache.upsertLatest([change(1, updated: 0)], server: "demo")
            try cache.recordRefresh(server: "demo", at: cacheTestEpoch)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let modified = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        do {
            let reopened = try GerritCache.open(directory: temp.url)
            #expect(try reopened.cachedResult(for: key, maxAge: 300, now: cacheTestEpoch)?.map(\.number) == [1])
            #expect(try reopened.latestChanges(server: "demo").map(\.number) == [1])
            #expect(try reopened.lastRefresh(server: "demo") == cacheTestEpoch)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date == modified)
        let log = try? FileManager.default.attributesOfItem(atPath: file + "-wal")
        #expect((log?[.size] as? Int ?? 0) == 0, "nothing committed to the write-ahead log")
        // The first write after that still works, through connections opened for it.
        let writer = try GerritCache.open(directory: temp.url)
        try writer.store([change(2, updated: 5)], for: key, at: cacheTestEpoch)
        #expect(try writer.cachedResult(for: key, maxAge: 300, now: cacheTestEpoch)?.map(\.number) == [2])
    }

    @Test func purgeDropsOnlyOldResults() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let cache = try GerritCache.open(directory: temp.url)
        let newer = QueryCacheKey(server: "demo", user: "demo", query: "status:merged", flags: [])
        try cache.store([change(1, updated: 0)], for: key, at: cacheTestEpoch)
        try cache.store([change(2, updated: 0)], for: newer, at: cacheTestEpoch.addingTimeInterval(100))
        #expect(try cache.purgeQueryResults(storedBefore: cacheTestEpoch.addingTimeInterval(50)) == 1)
        let later = cacheTestEpoch.addingTimeInterval(100)
        #expect(try cache.cachedResult(for: key, maxAge: .infinity, now: later) == nil)
        #expect(try cache.cachedResult(for: newer, maxAge: .infinity, now: later) != nil)
    }

    // MARK: Latest state

    @Test func latestTableKeepsTheNewestStateOfEachChange() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let cache = try GerritCache.open(directory: temp.url)
        try cache.upsertLatest([change(1, updated: 10, subject: "first"), change(2, updated: 20, subject: "two")], server: "demo")
        // Older and undated states never overwrite a newer one; a newer or equally new state does.
        try cache.upsertLatest([change(1, updated: 5, subject: "older"), change(2, updated: nil, subject: "undated")], server: "demo")
        #expect(try cache.latestChange(number: 1, server: "demo")?.subject == "first")
        #expect(try cache.latestChange(number: 2, server: "demo")?.subject == "two")
        try cache.upsertLatest([change(1, updated: 30, subject: "newer"), change(2, updated: 20, subject: "same time")], server: "demo")
        #expect(try cache.latestChange(number: 1, server: "demo")?.subject == "newer")
        #expect(try cache.latestChange(number: 2, server: "demo")?.subject == "same time")

        try cache.upsertLatest([change(3, updated: nil, subject: "no date"), Change(number: 0, subject: "no number")], server: "demo")
        // Most recently updated first; undated last; changes without a number are not kept.
        #expect(try cache.latestChanges(server: "demo").map(\.number) == [1, 2, 3])
        #expect(try cache.latestChange(number: 0, server: "demo") == nil)
        #expect(try cache.latestChange(number: 99, server: "demo") == nil)
    }

    @Test func latestStateIsKeptPerServer() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let cache = try GerritCache.open(directory: temp.url)
        try cache.upsertLatest([change(1, updated: 10, subject: "on demo")], server: "demo")
        try cache.upsertLatest([change(1, updated: 0, subject: "elsewhere")], server: "review.example.org:29418")
        #expect(try cache.latestChange(number: 1, server: "demo")?.subject == "on demo")
        #expect(try cache.latestChanges(server: "review.example.org:29418").map(\.subject) == ["elsewhere"])
        #expect(try cache.latestChanges(server: "unknown").isEmpty)
    }

    @Test func lastRefreshIsPerServerAndNeverGoesBack() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let cache = try GerritCache.open(directory: temp.url)
        #expect(try cache.lastRefresh(server: "demo") == nil)
        try cache.recordRefresh(server: "demo", at: cacheTestEpoch.addingTimeInterval(60))
        try cache.recordRefresh(server: "other", at: cacheTestEpoch)
        // A slower process finishing an older query must not make the data look older.
        try cache.recordRefresh(server: "demo", at: cacheTestEpoch)
        #expect(try cache.lastRefresh(server: "demo") == cacheTestEpoch.addingTimeInterval(60))
        #expect(try cache.lastRefresh(server: "other") == cacheTestEpoch)
    }

    // MARK: Two processes

    @Test func twoConnectionsOnOneFileCanWriteAtOnce() async throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        // Two pools on one file behave like a CLI run and a TUI sharing the cache.
        let first = try GerritCache.open(directory: temp.url)
        let second = try GerritCache.open(directory: temp.url)
        let perWriter = 60
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (writer, cache) in [(0, first), (1, second)] {
                group.addTask {
                    for index in 0..<perWriter {
                        let number = writer * 1000 + index + 1
                        let key = QueryCacheKey(server: "demo", user: "demo", query: "change:\(number)", flags: [])
                        try cache.store([Change(number: number)], for: key, at: cacheTestEpoch)
                        try cache.upsertLatest([Change(number: number, lastUpdated: cacheTestEpoch)], server: "demo")
                    }
                }
            }
            try await group.waitForAll()
        }
        // Each sees everything both wrote.
        for cache in [first, second] {
            #expect(try cache.latestChanges(server: "demo").count == 2 * perWriter)
            for number in [1, perWriter, 1001, 1000 + perWriter] {
                let key = QueryCacheKey(server: "demo", user: "demo", query: "change:\(number)", flags: [])
                #expect(try cache.cachedResult(for: key, maxAge: 300, now: cacheTestEpoch)?.map(\.number) == [number])
            }
        }
    }

    @Test func manyProcessesCanCreateTheSameNewCacheAtOnce() async throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let directory = temp.url.appendingPathComponent("fresh", isDirectory: true)
        // A CLI run and a TUI started together on a first run: each must get a working cache.
        let caches = try await withThrowingTaskGroup(of: GerritCache.self) { group in
            for _ in 0..<6 {
                group.addTask { try GerritCache.open(directory: directory) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for (index, cache) in caches.enumerated() {
            try cache.upsertLatest([Change(number: index + 1)], server: "demo")
        }
        #expect(try caches[0].latestChanges(server: "demo").count == caches.count)
    }

    // MARK: A cache that cannot be opened

    @Test func corruptFileGivesOneWarningNamingIt() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let file = temp.url.appendingPathComponent("cache.sqlite")
        try Data(String(repeating: "this is not a database\n", count: 300).utf8).write(to: file)

        let (cache, warning) = GerritCache.openOrWarn(directoryPath: temp.url.path)
        #expect(cache == nil)
        let text = try #require(warning)
        #expect(text.contains(file.path))
        #expect(text.contains("not a database"))
        #expect(text.contains("delete the file"))
        #expect(!text.contains("\n"), "one line")
        // The user's file is left alone.
        #expect(try Data(contentsOf: file).starts(with: Data("this is not".utf8)))
    }

    @Test func readOnlyDirectoryGivesOneWarningNamingTheFile() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let directory = temp.url.appendingPathComponent("locked", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        try ReadOnlyDirectory.lock(directory)
        defer { ReadOnlyDirectory.unlock(directory) }

        let (cache, warning) = GerritCache.openOrWarn(directoryPath: directory.path)
        #expect(cache == nil)
        let text = try #require(warning)
        #expect(text.contains(directory.appendingPathComponent("cache.sqlite").path))
        #expect(text.contains("continuing without the cache"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("cache.sqlite").path))
    }

    @Test func directoryPathThatIsAFileGivesAWarning() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let notADirectory = temp.url.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: notADirectory)
        let (cache, warning) = GerritCache.openOrWarn(directoryPath: notADirectory.path)
        #expect(cache == nil)
        #expect(warning?.contains("\(notADirectory.path) is not a directory") == true)

        let below = notADirectory.appendingPathComponent("cache", isDirectory: true)
        let (other, belowWarning) = GerritCache.openOrWarn(directoryPath: below.path)
        #expect(other == nil)
        #expect(belowWarning?.contains(below.path) == true)
    }
}
