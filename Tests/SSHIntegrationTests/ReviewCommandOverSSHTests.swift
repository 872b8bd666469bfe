import Config
import Foundation
import GerritClient
import GerritModel
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Testing

@Suite("gerrymander review and the connect factory against a real sshd", sshAvailable, .serialized)
struct ReviewCommandOverSSHTests {
    /// A home folder with known_hosts for `sshd` and a config for it; returns (home, config path).
    static func home(for sshd: TestSSHD, server lines: [String]) throws -> (String, String) {
        let home = sshd.directory + "/home-" + UUID().uuidString.prefix(6)
        try FileManager.default.createDirectory(atPath: home + "/.ssh", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sshd.knownHostsFile, toPath: home + "/.ssh/known_hosts")
        let config = home + "/gerrymander.conf"
        try (["[server]"] + lines).joined(separator: "\n").appending("\n").write(toFile: config, atomically: true, encoding: .utf8)
        return (home, config)
    }

    @Test(arguments: ["libssh2", "openssh"])
    func theCLIReviewsOnTheConfiguredServer(transport: String) async throws {
        let state = GerritSimSSH.stateFile()
        defer { try? FileManager.default.removeItem(atPath: state) }
        try await GerritSimSSH.withClient(["GERRIT_SIM_STATE": state, "GERRIT_SIM_CHANGES": "40"]) { client, sshd in
            let (home, config) = try Self.home(for: sshd, server: [
                "hostname = 127.0.0.1", "port = \(sshd.port)", "username = \(sshd.user)",
                "keyfile = \(sshd.userKey)", "transport = \(transport)",
            ])
            let target = try #require(try await client.query(.status("open"), limit: 1).first)
            let message = #"CLI says "hi" to $USER & `friends` 'ok'"#
            let cli = try BinaryRunner(product: "gerrymander")
            let result = try cli.run(["-c", config, "review", String(target.number), "--label", "Code-Review=-1", "-m", message],
                                     environment: ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent"])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let current = target.currentPatchSet?.number ?? 0
            #expect(result.stdout == "change \(target.number),\(current): Code-Review-1, a message\n")
            let after = try #require(try await client.query(.change(target.number),
                                                            options: QueryOptions(currentPatchSet: true, comments: true)).first)
            #expect(after.comments.contains { $0.message.hasSuffix("\n\n" + message) })

            let refused = try cli.run(["-c", config, "review", "\(target.number),\(current)", "--label", "Nope=+1"],
                                      environment: ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("label \"Nope\" is not a configured label"))
        }
    }

    @Test func aGitRemoteSuppliesHostUserAndPort() async throws {
        try await GerritSimSSH.withClient(["GERRIT_SIM_CHANGES": "40"]) { _, sshd in
            let (home, _) = try Self.home(for: sshd, server: [])
            let repo = home + "/repo"
            try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
            _ = try TestSSHD.run("/usr/bin/env", ["git", "-C", repo, "init", "-q"])
            _ = try TestSSHD.run("/usr/bin/env", ["git", "-C", repo, "remote", "add", "gerrit",
                                                  "ssh://\(sshd.user)@127.0.0.1:\(sshd.port)/demo/project.git"])
            let server = ServerSettingsFixture.make(remote: "gerrit", keyfile: sshd.userKey)
            let endpoint = try GerritClient.endpoint(for: server, acceptNewHostKey: false, remoteDirectory: repo)
            #expect(endpoint.host == "127.0.0.1" && endpoint.port == sshd.port && endpoint.user == sshd.user)
            var withKnownHosts = endpoint
            withKnownHosts.knownHostsFiles = [sshd.knownHostsFile]
            withKnownHosts.useAgent = false
            let client = GerritClient(transport: LibSSH2Transport(endpoint: withKnownHosts), serverName: endpoint.address, user: endpoint.user)
            #expect(try await client.serverVersion()?.major == 3)
        }
    }

    @Test func onlyAnRSAKeyFallsBackToTheSystemSSHWithANote() async throws {
        try await GerritSimSSH.withClient(["GERRIT_SIM_CHANGES": "40"]) { _, sshd in
            let rsa = try sshd.makeUserKey(type: "rsa", authorized: true)
            let endpoint = sshd.endpoint(keyFile: rsa)
            let notes = NoteLog()
            let transport = RSAFallbackTransport(primary: LibSSH2Transport(endpoint: endpoint),
                                                 fallback: OpenSSHTransport(endpoint: endpoint), note: notes.append)
            let client = GerritClient(transport: transport, serverName: endpoint.address, user: "demo")
            #expect(try await client.query(.status("open"), limit: 2).count == 2)
            #expect(try await client.query(.status("open"), limit: 1).count == 1)
            #expect(transport.usesFallback)
            #expect(notes.lines.count == 1)
            #expect(notes.lines.first?.contains("only RSA keys") == true)
            #expect(notes.lines.first?.contains("\n") == false)
        }
    }
}

/// Server settings pointing at a git remote.
enum ServerSettingsFixture {
    static func make(remote: String, keyfile: String) -> ServerSettings {
        ServerSettings(hostname: "unused.example.org", port: 1, username: nil, keyfile: keyfile, remote: remote)
    }
}

/// Lines the fallback transport printed.
final class NoteLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ line: String) { lock.lock(); items.append(line); lock.unlock() }
    var lines: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
