import CLibSSH2
import Foundation
@testable import GerritClient
import Testing

/// known_hosts lookups as the libssh2 transport makes them, without a server: a session that
/// never connects is enough for libssh2's known-host reader.
@Suite struct KnownHostsTests {
    static let recorded = "AAAAC3NzaC1lZDI1NTE5AAAAIC2HHaEk8gYL4au4bkNzuMjJt0quC0K49sKx6sPxKqF6"
    static let other = "AAAAC3NzaC1lZDI1NTE5AAAAIHBLCb+IFIiLvhcaQZMvU3TX61ToKwgBoPJ8yn7QAahq"

    static func key(_ base64: String) throws -> KnownHosts.HostKey {
        let raw = try #require(Data(base64Encoded: base64))
        return KnownHosts.HostKey(raw: Array(raw), libssh2Type: Int32(LIBSSH2_HOSTKEY_TYPE_ED25519))
    }

    /// Runs `body` with a known_hosts file holding `text` and a session to read it with.
    static func withFile<T>(_ text: String, _ body: (KnownHosts, String) throws -> T) throws -> T {
        guard LibSSH2Library.problem == nil, let session = gm_session_init() else {
            throw CocoaError(.featureUnsupported)
        }
        defer { libssh2_session_free(session) }
        let file = FileManager.default.temporaryDirectory.path + "/gm-known-hosts-" + UUID().uuidString.prefix(8)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        return try body(KnownHosts(session: session), file)
    }

    /// The CI failure this guards: the line handed to libssh2 had no newline, and libssh2 peeks
    /// at the byte after the given length; when that byte was 0x0A it cut the key's last
    /// character and the server's own key read as "HOST KEY CHANGED". Every line now carries
    /// its newline (and a NUL past the length), so nothing outside the buffer is read.
    @Test func theLineGivenToLibssh2EndsInItsOwnNewline() {
        let bytes = KnownHosts.readlineBytes("[127.0.0.1]:2222 ssh-ed25519 \(Self.recorded)")
        #expect(bytes.suffix(2) == [CChar(10), CChar(0)])
        #expect(bytes.count == "[127.0.0.1]:2222 ssh-ed25519 \(Self.recorded)".utf8.count + 2)
    }

    @Test(arguments: ["\n", "", "\r\n"])
    func theRecordedKeyMatchesWhateverTheLineEnding(ending: String) throws {
        let text = "# servers\(ending.isEmpty ? "\n" : ending)[127.0.0.1]:2222 ssh-ed25519 \(Self.recorded)\(ending)"
        let key = try Self.key(Self.recorded)
        try Self.withFile(text) { hosts, file in
            // Many lookups: the old reader failed only when stray memory happened to hold 0x0A.
            for _ in 0..<200 {
                #expect(hosts.verify(name: "[127.0.0.1]:2222", key: key, files: [file]) == .match)
            }
        }
    }

    @Test func anotherKeyIsAChangeAtItsLineAndAnotherPortIsUnknown() throws {
        let text = "# servers\nother.example.org ssh-ed25519 \(Self.other)\n[127.0.0.1]:2222 ssh-ed25519 \(Self.recorded)\n"
        let (recorded, other) = (try Self.key(Self.recorded), try Self.key(Self.other))
        try Self.withFile(text) { hosts, file in
            #expect(hosts.verify(name: "[127.0.0.1]:2222", key: other, files: [file])
                    == .mismatch(file: file, line: 3))
            #expect(hosts.verify(name: "[127.0.0.1]:2223", key: recorded, files: [file]) == .notFound)
            // A portless entry never stands for a non-22 port, as in OpenSSH.
            #expect(hosts.verify(name: "[other.example.org]:29418", key: other, files: [file]) == .notFound)
        }
    }

    @Test func aMatchInALaterFileWinsOverAnEarlierMismatch() throws {
        let recorded = try Self.key(Self.recorded)
        try Self.withFile("[127.0.0.1]:2222 ssh-ed25519 \(Self.other)\n") { hosts, stale in
            try Self.withFile("[127.0.0.1]:2222 ssh-ed25519 \(Self.recorded)") { _, current in
                #expect(hosts.verify(name: "[127.0.0.1]:2222", key: recorded, files: [stale, current]) == .match)
            }
        }
    }
}
