import Foundation
import GerritClient
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// Issue G, item 3: a host key that differs from the recorded one stops the connection before
/// any credential is sent, and `accept-new` never records a key for a host it already knows.
@Suite("G3 security: a changed host key is never accepted or replaced", sshAvailable, .serialized)
struct HostKeySecurityTests {
    /// A known_hosts file that records another key for this server: of the same type (the key
    /// changed) or of another type (an impostor offering a type the file does not list).
    static func knownHosts(for sshd: TestSSHD, otherKeyType type: String) throws -> (file: String, contents: Data) {
        let other = try sshd.makeUserKey(type: type, authorized: false)
        let otherKey = try String(contentsOfFile: other + ".pub", encoding: .utf8)
            .split(separator: " ").prefix(2).joined(separator: " ")
        let file = sshd.directory + "/known_hosts-\(type)-\(UUID().uuidString.prefix(6))"
        let text = "# the server as it was\n[127.0.0.1]:\(sshd.port) \(otherKey)\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return (file, Data(text.utf8))
    }

    @Test(arguments: ["ed25519", "ecdsa"])
    func libssh2RefusesWithAcceptNewAndLeavesTheFileAlone(recordedType: String) async throws {
        try await ScriptedServer.withServer { sshd in
            let (file, before) = try Self.knownHosts(for: sshd, otherKeyType: recordedType)
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey, knownHostsFiles: [file],
                                                                     hostKeyPolicy: .acceptNew))
            defer { transport.shutdown() }
            let error = await expectTransportError { _ = try await transport.collect(RemoteCommand(["lines", "1"])) }
            guard case let .hostKeyChanged(_, keyType, _, reportedFile, line) = error else {
                Issue.record("a changed host key was not refused as changed: \(String(describing: error))")
                return
            }
            #expect(keyType == "ED25519")
            #expect(reportedFile == file && line == 2)
            #expect(FileManager.default.contents(atPath: file) == before, "known_hosts was not touched")
            #expect(sshd.acceptedLogins() == 0, "no credentials went to the unverified server")
            // Asking again changes nothing: there is no "second time lucky".
            _ = await expectTransportError { _ = try await transport.collect(RemoteCommand(["lines", "1"])) }
            #expect(FileManager.default.contents(atPath: file) == before)
        }
    }

    @Test func theSystemSSHRefusesWithAcceptNewAndLeavesTheFileAlone() async throws {
        try await ScriptedServer.withServer { sshd in
            let (file, before) = try Self.knownHosts(for: sshd, otherKeyType: "ed25519")
            let transport = OpenSSHTransport(endpoint: sshd.endpoint(keyFile: sshd.userKey, knownHostsFiles: [file],
                                                                     hostKeyPolicy: .acceptNew))
            var refused = false
            do {
                let output = try await transport.collect(RemoteCommand(["lines", "1"]))
                refused = output.exitStatus != 0 && output.stdoutLines.isEmpty
                #expect(output.stderr.contains("HOST IDENTIFICATION HAS CHANGED") || output.stderr.contains("verification failed"),
                        "\(output.stderr)")
            } catch {
                refused = true
            }
            #expect(refused)
            #expect(FileManager.default.contents(atPath: file) == before)
            #expect(sshd.acceptedLogins() == 0)
        }
    }
}
