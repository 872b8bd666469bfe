import Foundation
import GerritClient
import GerritModel
import Testing

/// A second, real process writing the same file while this one does: what a CLI run does to a
/// running TUI's cache. SQLite's locks between processes (fcntl) differ from those between two
/// connections in one process, so the in-process test alone does not prove this.
@Suite struct GerritCacheCrossProcessTests {
    /// Python's bundled sqlite3 is the other process: it holds write transactions open for a
    /// while, so this process's writes must wait on the busy timeout rather than fail.
    static let writerScript = """
        import sqlite3, sys, time
        db = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
        print("ready", flush=True)
        for i in range(40):
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT OR REPLACE INTO serverRefresh (server, refreshedAt) VALUES (?, ?)", (f"py-{i}", float(i)))
            time.sleep(0.02)
            db.execute("COMMIT")
        print("done", flush=True)
        """

    @Test func anotherProcessCanWriteAtTheSameTime() async throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let cache = try GerritCache.open(directory: temp.url)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.writerScript, cache.fileURL.path]
        let output = Pipe()
        process.standardOutput = output
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Start writing only once the other process is in its loop, so the writes overlap.
        let reader = output.fileHandleForReading
        let ready = await Task.detached { () -> String in
            var line = Data()
            while let byte = try? reader.read(upToCount: 1), let first = byte.first, first != UInt8(ascii: "\n") {
                line.append(first)
            }
            return String(decoding: line, as: UTF8.self)
        }.value
        #expect(ready == "ready")

        for index in 0..<40 {
            let key = QueryCacheKey(server: "demo", user: "demo", query: "change:\(index)", flags: [])
            try cache.store([Change(number: index + 1)], for: key, at: cacheTestEpoch)
            try cache.upsertLatest([Change(number: index + 1, lastUpdated: cacheTestEpoch)], server: "demo")
            try await Task.sleep(for: .milliseconds(2))
        }
        let status = await Task.detached {
            process.waitUntilExit()
            return process.terminationStatus
        }.value
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(status == 0, "python writer failed: \(stderr)")
        #expect(stdout.contains("done"))

        #expect(try cache.latestChanges(server: "demo").count == 40)
        #expect(try cache.lastRefresh(server: "py-39") == Date(timeIntervalSince1970: 39))
        #expect(try cache.lastRefresh(server: "py-0") == Date(timeIntervalSince1970: 0))
    }
}
