import Foundation
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// Issue F: a report answered from the cache reads it and writes nothing to it (it used to
/// commit a dummy transaction and sync the file four times per run).
@Suite("a warm report against a real sshd", sshAvailable, .serialized)
struct WarmReportOverSSHTests {
    @Test func aReportAnsweredFromTheCacheLeavesTheCacheFileAsItWas() async throws {
        try await GerritSimSSH.withClient { _, sshd in
            let (home, config) = try ReviewCommandOverSSHTests.home(for: sshd, server: [
                "hostname = 127.0.0.1", "port = \(sshd.port)", "username = \(sshd.user)",
                "keyfile = \(sshd.userKey)",
            ])
            let cli = try BinaryRunner(product: "gerrymander")
            let environment = ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent", "GERRYMANDER_NOW": "1764000000"]
            let arguments = ["-c", config, "-d", "changes", "--status", "open", "-p", "openstack/nova"]
            let cold = try cli.run(arguments, environment: environment)
            #expect(cold.status == 0, "\(cold.stderr)")
            let file = home + "/.gerrymander.d/cache/cache.sqlite"
            let before = try FileState(file)

            let warm = try cli.run(arguments, environment: environment)
            #expect(warm.status == 0, "\(warm.stderr)")
            #expect(warm.stdout == cold.stdout)
            #expect(warm.stderr.contains("cache: use"))
            #expect(try FileState(file) == before, "the database file was written")
            // Nothing waits in the write-ahead log either: a read-only connection may leave an
            // empty one behind, never a committed frame.
            let log = try? FileManager.default.attributesOfItem(atPath: file + "-wal")
            #expect((log?[.size] as? Int ?? 0) == 0, "the warm run committed to the WAL")
        }
    }
}

/// What a write would change: the bytes and the modification time.
private struct FileState: Equatable {
    let contents: Data
    let modified: Date?

    init(_ path: String) throws {
        contents = try Data(contentsOf: URL(fileURLWithPath: path))
        modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
    }
}
