import Foundation
import GerritClient
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// A test sshd whose ForceCommand is the real `gerrit-sim`, and a client talking to it.
enum GerritSimSSH {
    /// Starts sshd with `gerrit-sim` and the given GERRIT_SIM_* knobs and runs `body` with a
    /// client over the chosen transport; prints the sshd log when `body` throws.
    static func withClient<T>(_ environment: [String: String] = [:], openSSH: Bool = false, commandTimeout: Double = 30,
                              _ body: (GerritClient, TestSSHD) async throws -> T) async throws -> T {
        let simulator = try BinaryRunner(product: "gerrit-sim").executable.path
        var knobs = ["GERRIT_SIM_NOW": "1764000000", "GERRIT_SIM_USER": "demo"]
        knobs.merge(environment) { _, new in new }
        let sshd = try TestSSHD(forceCommand: simulator, environment: knobs, ipv6: false)
        defer { sshd.stop() }
        let endpoint = sshd.endpoint(keyFile: sshd.userKey)
        let transport: any GerritTransport
        let libssh2 = openSSH ? nil : LibSSH2Transport(endpoint: endpoint)
        defer { libssh2?.shutdown() }
        transport = libssh2 ?? OpenSSHTransport(endpoint: endpoint)
        let client = GerritClient(transport: transport, serverName: endpoint.address, user: "demo",
                                  commandTimeout: commandTimeout)
        return try await sshd.withLogOnFailure { try await body(client, sshd) }
    }

    /// A fresh path for a GERRIT_SIM_STATE file.
    static func stateFile() -> String {
        FileManager.default.temporaryDirectory.path + "/gm-sim-state-" + UUID().uuidString.prefix(8) + ".json"
    }
}
