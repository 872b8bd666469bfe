import Foundation
import GerritClientTestSupport
import GerritTestSupport

/// Small helpers the SSH tests need beyond `TestSSHD`.
enum TestSSHDTools {
    /// Hashes a known_hosts file in place (`ssh-keygen -H`).
    static func hash(knownHosts file: String) throws {
        try TestSSHD.run("/usr/bin/ssh-keygen", ["-H", "-f", file])
    }

    /// A loopback port nothing listens on.
    static func closedPort() throws -> Int {
        try TestSSHD.freePort(wantIPv6: false).0
    }

    static var hasIPv6Loopback: Bool {
        guard let text = try? String(contentsOfFile: "/proc/net/if_inet6", encoding: .utf8) else { return false }
        return text.contains("00000000000000000000000000000001")
    }
}
