/// `[server]`: which Gerrit to talk to and how.
public struct ServerSettings: Sendable, Hashable {
    /// How to reach the server over SSH.
    public enum Transport: String, Sendable, Hashable, CaseIterable {
        /// The built-in libssh2 client (the default).
        case libssh2
        /// Spawn the system `ssh`, for setups that need `~/.ssh/config` (ProxyJump and friends).
        case openssh
    }

    /// What to do with the server's host key.
    public enum HostKeyPolicy: String, Sendable, Hashable, CaseIterable {
        /// The key must already be in known_hosts.
        case strict
        /// An unknown host is added to known_hosts; a changed key is still refused.
        case acceptNew = "accept-new"
    }

    /// The ssh host, which may be an alias from `~/.ssh/config`. Default `review`.
    public var hostname: String
    /// The ssh port. Default 29418.
    public var port: Int
    /// The ssh user, and "me" for the todo lists; nil means the OS login name.
    public var username: String?
    /// The private key, `~` expanded; checked to exist when loaded from a file.
    public var keyfile: String?
    /// A git remote whose `ssh://` URL supplies hostname, username and port.
    public var remote: String?
    /// Which SSH implementation to use. Default `.libssh2`.
    public var transport: Transport
    /// Host key checking. Default `.strict`.
    public var hostKey: HostKeyPolicy
    /// Seconds to wait for the connection. Default 10.
    public var connectTimeout: Int

    /// Creates server settings; every argument has the documented default.
    public init(hostname: String = "review", port: Int = 29418, username: String? = nil,
                keyfile: String? = nil, remote: String? = nil, transport: Transport = .libssh2,
                hostKey: HostKeyPolicy = .strict, connectTimeout: Int = 10) {
        self.hostname = hostname
        self.port = port
        self.username = username
        self.keyfile = keyfile
        self.remote = remote
        self.transport = transport
        self.hostKey = hostKey
        self.connectTimeout = connectTimeout
    }
}
