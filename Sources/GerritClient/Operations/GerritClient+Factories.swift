import Config
import Foundation
#if canImport(Glibc)
import GerritRemote
import Glibc
#endif

extension GerritClient {
    /// The client the CLI and TUI use for a real server, built from the `[server]` settings.
    ///
    /// - libssh2 by default; `transport = openssh` spawns the system `ssh`. When libssh2 finds
    ///   only RSA keys, commands move to the system `ssh` with a one-line note on stderr.
    /// - `remote = NAME` takes host, user and port from that git remote's SSH URL.
    /// - Parameters:
    ///   - acceptNewHostKey: record an unknown host key instead of refusing (`--accept-host-key`).
    ///   - interactive: ask on the terminal for the passphrase of an encrypted key file.
    /// - Throws: `GerritSetupError` when the remote cannot be read. Nothing connects yet.
    public static func connect(settings: Settings, acceptNewHostKey: Bool, interactive: Bool) throws -> GerritClient {
        let endpoint = try endpoint(for: settings.server, acceptNewHostKey: acceptNewHostKey)
        let transport: any GerritTransport
        switch settings.server.transport {
        case .openssh:
            transport = OpenSSHTransport(endpoint: endpoint)
        case .libssh2:
            let passphrase: PassphraseProvider? = interactive ? { @Sendable keyFile in Self.askPassphrase(for: keyFile) } : nil
            transport = RSAFallbackTransport(primary: LibSSH2Transport(endpoint: endpoint, passphrase: passphrase),
                                             fallback: OpenSSHTransport(endpoint: endpoint))
        }
        return GerritClient(transport: transport, serverName: endpoint.address, user: endpoint.user)
    }

    /// The SSH endpoint for `[server]` settings: the git remote (if any) supplies host, user, port.
    public static func endpoint(for server: ServerSettings, acceptNewHostKey: Bool,
                                remoteDirectory: String? = nil) throws -> SSHEndpoint {
        var host = server.hostname
        var port = server.port
        var user = server.username
        if let remote = server.remote, !remote.isEmpty {
            let url = try GitRemoteURL.read(remote: remote, directory: remoteDirectory)
            host = url.host
            if let remotePort = url.port { port = remotePort }
            if let remoteUser = url.user { user = remoteUser }
        }
        let policy: HostKeyPolicy = acceptNewHostKey || server.hostKey == .acceptNew ? .acceptNew : .strict
        return SSHEndpoint(host: host, port: port, user: user ?? Self.loginName(), keyFile: server.keyfile,
                           hostKeyPolicy: policy, connectTimeout: Double(max(1, server.connectTimeout)))
    }

    /// Closes the connection and waits until it is closed; call before the process exits.
    ///
    /// libssh2 closes channels in the background; exiting under it can crash.
    public func close() {
        transport.shutdown()
    }

    static func loginName() -> String {
        ProcessEnvironment.loginName ?? "gerrit"
    }

    /// Reads a passphrase from the terminal without echo; `nil` without a terminal.
    static func askPassphrase(for keyFile: String) -> String? {
        guard isatty(STDIN_FILENO) == 1, let answer = getpass("Passphrase for \(keyFile): ") else { return nil }
        return String(cString: answer)
    }
}
