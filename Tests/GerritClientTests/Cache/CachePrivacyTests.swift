import Foundation
import GerritClient
import GerritModel
import Testing

/// Issue G, item 3: the cache holds review data and is private to the user (directory 0700,
/// files 0600). A fresh cache is covered by `GerritCacheTests.createsAPrivateDirectoryAndFile`.
@Suite("G3 security: the cache is private to the user")
struct CachePrivacyTests {
    @Test func aCacheFileOthersCouldReadIsMadePrivateWhenOpened() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let first = try GerritCache.open(directory: temp.url)
        try first.store([Change(project: "p", number: 1, subject: "s")],
                        for: QueryCacheKey(server: "demo", user: "demo", query: "status:open", flags: []), at: cacheTestEpoch)
        // Copied in with cp, or left by another tool, readable by everyone.
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: first.fileURL.path + suffix) {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: first.fileURL.path + suffix)
        }
        let reopened = try GerritCache.open(directory: temp.url)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: reopened.fileURL.path + suffix) {
            #expect(try permissions(of: reopened.fileURL.path + suffix) == 0o600, "cache.sqlite\(suffix)")
        }
    }
}
