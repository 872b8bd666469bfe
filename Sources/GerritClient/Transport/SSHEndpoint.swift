import Config
import Foundation

/// Where and how to connect over SSH: plain values, so callers need no config types.
public struct SSHEndpoint: Sendable, Equatable {
    /// Host name or address (IPv4 or IPv6).
    public var host: String
    /// TCP port; Gerrit's default is 29418.
    public var port: Int
    /// The Gerrit user name.
    public var user: String
    /// A private key file tried after the agent (its `.pub` is used when present).
    public var keyFile: String?
    /// Where unknown/changed host keys are looked up; the first one receives accept-new entries.
    public var knownHostsFiles: [String]
    /// What to do with a host whose key is not recorded.
    public var hostKeyPolicy: HostKeyPolicy
    /// Whether to ask ssh-agent first.
    public var useAgent: Bool
    /// The agent socket; `nil` means `$SSH_AUTH_SOCK`.
    public var agentSocket: String?
    /// Where the default keys (`id_ed25519`, `id_ecdsa`, `id_rsa`) are looked for; `nil` means `~/.ssh`.
    public var defaultKeyDirectory: String?
    /// Seconds to wait for the TCP connection and for each step of the SSH handshake and auth.
    public var connectTimeout: Double
    /// Seconds between keepalives while a command runs.
    public var keepaliveInterval: Int

    public init(
        host: String,
        port: Int = 29418,
        user: String,
        keyFile: String? = nil,
        knownHostsFiles: [String]? = nil,
        hostKeyPolicy: HostKeyPolicy = .strict,
        useAgent: Bool = true,
        agentSocket: String? = nil,
        defaultKeyDirectory: String? = nil,
        connectTimeout: Double = 10,
        keepaliveInterval: Int = 30
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.keyFile = keyFile
        self.knownHostsFiles = knownHostsFiles ?? SSHEndpoint.defaultKnownHostsFiles()
        self.hostKeyPolicy = hostKeyPolicy
        self.useAgent = useAgent
        self.agentSocket = agentSocket
        self.defaultKeyDirectory = defaultKeyDirectory
        self.connectTimeout = connectTimeout
        self.keepaliveInterval = keepaliveInterval
    }

    /// `host:port`, with brackets around IPv6 addresses, as used in messages.
    public var address: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// The name OpenSSH records in known_hosts: `host` on port 22, `[host]:port` otherwise.
    public var knownHostsName: String {
        port == 22 ? host : "[\(host)]:\(port)"
    }

    /// `~/.ssh/known_hosts`, then the system-wide file.
    public static func defaultKnownHostsFiles() -> [String] {
        [ProcessEnvironment.home + "/.ssh/known_hosts", "/etc/ssh/ssh_known_hosts"]
    }
}

/// How to treat a server whose host key is not yet recorded.
public enum HostKeyPolicy: String, Sendable, Equatable {
    /// Refuse, explaining how to accept it (OpenSSH `StrictHostKeyChecking=yes`).
    case strict
    /// Record the key in the first known_hosts file and continue; a changed key is still refused.
    case acceptNew = "accept-new"
}
