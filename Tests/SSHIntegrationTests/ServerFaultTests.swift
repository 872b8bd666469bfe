import Foundation
import GerritClient
import GerritModel
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// Issue G, item 2: a server that breaks off in the middle of an answer. The rest of item 2 is
/// mapped in Tests/HOSTILE.md.
@Suite("G2 faults: a server that breaks off mid-answer", sshAvailable, .serialized)
struct ServerFaultTests {
    /// gerrit-sim cuts the connection (kills its sshd session) once `dropAfter` rows of the
    /// answer went out; with a page cap of 20, 30 means page 1 arrived whole and page 2 was cut.
    @Test(arguments: [("libssh2", 10), ("libssh2", 30), ("openssh", 30)])
    func aQueryCutMidAnswerIsAClearErrorAndLeavesNothingInTheCache(transport: String, dropAfter: Int) async throws {
        let knobs = ["GERRIT_SIM_QUERY_DROP_AFTER": String(dropAfter), "GERRIT_SIM_PAGE_CAP": "20",
                     "GERRIT_SIM_CHANGES": "80"]
        try await GerritSimSSH.withClient(knobs, openSSH: transport == "openssh") { client, sshd in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gm-drop-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let cache = try GerritCache.open(directory: folder)
            let warnings = Lines()
            let cached = CachedGerritClient(client: client, cache: cache, policy: .use, warn: warnings.append)
            let query = GerritQuery.status("open")
            let options = QueryOptions()

            var message = ""
            do {
                let changes = try await cached.query(query, options: options, lifetime: .short)
                Issue.record("a cut answer was accepted: \(changes.count) changes")
            } catch {
                message = "\(error)"
            }
            // One line that names the server and says the connection went, not a decoding error
            // about half a row or a Swift type.
            #expect(message.hasPrefix("127.0.0.1:\(sshd.port): "), "\(message)")
            #expect(message.contains("closed the connection") || message.contains("closed by remote host"), "\(message)")
            #expect(!message.contains("not JSON") && !message.contains("Error("), "\(message)")
            #expect(warnings.all.isEmpty)
            // Nothing of the partial answer was stored: no result, no latest states, no refresh time.
            #expect(try cache.cachedEntry(for: cached.key(for: query, options: options), maxAge: 3600, now: Date()) == nil)
            #expect(try cache.latestChanges(server: client.serverName).isEmpty)
            #expect(try cache.lastRefresh(server: client.serverName) == nil)
        }
    }

    /// The event stream's copy of this fault (cut mid-line, reconnect, backfill) is
    /// `EventFeedOverSSHTests.aDroppedStreamReconnectsAndTheBackfillLosesNothing`.
    @Test func aCommandKilledBySignalIsNotASuccess() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            defer { transport.shutdown() }
            // The remote command prints a line, then dies of SIGKILL: sshd sends exit-signal,
            // not exit-status, and libssh2 reports status 0 for a channel without one.
            do {
                let output = try await transport.collect(RemoteCommand(["die", "KILL"]))
                Issue.record("a killed command looked finished: \(output)")
            } catch let error as TransportError {
                #expect(error.description.hasPrefix("127.0.0.1:\(sshd.port): "))
                #expect(error.description.contains("signal KILL"), "\(error)")
            }
            // The session is still good for the next command.
            #expect(try await transport.collect(RemoteCommand(["lines", "1"])).stdoutLines == ["line 1"])
        }
    }
}

/// Lines a callback received, in order.
final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ line: String) { lock.withLock { items.append(line) } }
    var all: [String] { lock.withLock { items } }
}

/// The same faults as a user meets them: the command line against a real sshd.
@Suite("G2 faults: the command line on a broken server or a full cache disk", sshAvailable, .serialized)
struct CommandLineFaultTests {
    static func config(for sshd: TestSSHD, extra: [String] = []) throws -> (home: String, config: String) {
        try ReviewCommandOverSSHTests.home(for: sshd, server: [
            "hostname = 127.0.0.1", "port = \(sshd.port)", "username = \(sshd.user)", "keyfile = \(sshd.userKey)",
        ] + extra)
    }

    @Test func aQueryCutMidAnswerIsOneLineStatusOneAndNothingCached() async throws {
        try await GerritSimSSH.withClient(["GERRIT_SIM_QUERY_DROP_AFTER": "30", "GERRIT_SIM_PAGE_CAP": "20"]) { client, sshd in
            let (home, config) = try Self.config(for: sshd)
            let cli = try BinaryRunner(product: "gerrymander")
            let result = try cli.run(["-c", config, "changes", "--status", "open"],
                                     environment: ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent"])
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty, "no half table")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(result.stderr)")
            #expect(result.stderr.contains("127.0.0.1:\(sshd.port)") && result.stderr.contains("closed the connection"))
            let cache = try GerritCache.open(directory: URL(fileURLWithPath: home + "/.gerrymander.d/cache"))
            #expect(try cache.latestChanges(server: client.serverName).isEmpty)
            #expect(try cache.lastRefresh(server: client.serverName) == nil)
        }
    }
}
