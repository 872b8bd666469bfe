import Foundation

/// Why a remote command could not run, written for the user.
///
/// Every case names where it happened (`host:port`, a known_hosts file and line, a key file)
/// and, where there is one, what to do about it. `description` is the message to show.
public enum TransportError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The host name did not resolve.
    case hostNotFound(host: String, reason: String)
    /// The TCP connection failed, e.g. "connection refused".
    case connectFailed(address: String, reason: String)
    /// The TCP connection or a later step got no answer in time.
    case noAnswer(address: String, seconds: Double, during: String)
    /// The SSH handshake failed.
    case handshakeFailed(address: String, reason: String)
    /// The server's host key is not in any known_hosts file.
    case hostKeyUnknown(address: String, keyType: String, fingerprint: String, knownHostsFiles: [String])
    /// The server's host key differs from the one recorded.
    case hostKeyChanged(address: String, keyType: String, fingerprint: String, file: String, line: Int)
    /// Recording a new host key (accept-new) failed.
    case hostKeyNotRecorded(address: String, file: String, reason: String)
    /// Every authentication method failed; `tried` lists each attempt and its outcome.
    case authenticationFailed(address: String, user: String, tried: [String])
    /// Only RSA keys were available, and libssh2 1.10 can sign with RSA only via SHA-1
    /// (`ssh-rsa`), which OpenSSH 8.8 and later refuse. Callers may fall back to `OpenSSHTransport`.
    case rsaKeyUnsupported(address: String, user: String, keys: [String])
    /// Opening the channel or starting the command failed.
    case commandFailed(address: String, command: String, reason: String)
    /// The connection broke while a command ran.
    case connectionLost(address: String, reason: String)
    /// The server ended the command with a signal before it finished (its output is cut off).
    case commandKilled(address: String, command: String, signal: String)
    /// The local `ssh` program could not be started.
    case launchFailed(program: String, reason: String)
    /// The transport was shut down.
    case closed(address: String)

    public var description: String {
        switch self {
        case let .hostNotFound(host, reason):
            return "\(host): host not found (\(reason))"
        case let .connectFailed(address, reason):
            return "\(address): \(reason)"
        case let .noAnswer(address, seconds, during):
            return "\(address): no answer in \(Self.format(seconds)) s (\(during))"
        case let .handshakeFailed(address, reason):
            return "\(address): SSH handshake failed: \(reason)"
        case let .hostKeyUnknown(address, keyType, fingerprint, files):
            let where_ = files.isEmpty ? "no known_hosts file" : files.joined(separator: ", ")
            return """
                \(address): host key is not known (\(keyType) \(fingerprint); looked in \(where_)).
                Check the fingerprint with the server's admin, then accept it: connect once with \
                `ssh -p PORT USER@HOST` and answer yes, or set the host key policy to accept-new.
                """
        case let .hostKeyChanged(address, keyType, fingerprint, file, line):
            return """
                \(address): HOST KEY CHANGED: the server now shows \(keyType) \(fingerprint), \
                which differs from \(file):\(line). Someone may be intercepting the connection, \
                or the server was reinstalled. If the change is expected, remove line \(line) \
                of \(file) and connect again.
                """
        case let .hostKeyNotRecorded(address, file, reason):
            return "\(address): could not record the host key in \(file): \(reason)"
        case let .authenticationFailed(address, user, tried):
            let list = tried.isEmpty ? "nothing to try (no agent, no key files)" : tried.joined(separator: "; ")
            return "\(address): authentication as \(user) failed. Tried: \(list)"
        case let .rsaKeyUnsupported(address, user, keys):
            return """
                \(address): only RSA keys were available for \(user) (\(keys.joined(separator: ", "))), \
                and the built-in SSH (libssh2 1.10) can only sign RSA with SHA-1, which current \
                servers refuse. Use an ed25519 key, or the system ssh.
                """
        case let .commandFailed(address, command, reason):
            return "\(address): could not run `\(command)`: \(reason)"
        case let .connectionLost(address, reason):
            return "\(address): connection lost: \(reason)"
        case let .commandKilled(address, command, signal):
            return "\(address): `\(command)` was ended by signal \(signal) before it finished; its answer is incomplete"
        case let .launchFailed(program, reason):
            return "could not start \(program): \(reason)"
        case let .closed(address):
            return "\(address): connection was shut down"
        }
    }

    public var errorDescription: String? { description }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
