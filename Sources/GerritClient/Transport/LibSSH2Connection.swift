import CLibSSH2
import Foundation
#if canImport(Glibc)
import GerritRemote
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks for the passphrase of a key file; return `nil` to skip the key.
///
/// Called on the transport's own thread, so it may block (e.g. read from the terminal).
public typealias PassphraseProvider = @Sendable (_ keyFile: String) -> String?

/// One connected, verified and authenticated libssh2 session.
///
/// Not thread-safe (libssh2 sessions are not): owned and used by a single worker thread.
final class LibSSH2Connection {
    let session: OpaquePointer
    let socket: Int32
    let endpoint: SSHEndpoint

    private init(session: OpaquePointer, socket: Int32, endpoint: SSHEndpoint) {
        self.session = session
        self.socket = socket
        self.endpoint = endpoint
    }

    /// Connects, checks the host key, and authenticates.
    ///
    /// Runs in libssh2's blocking mode with `connectTimeout` per step; the caller switches to
    /// non-blocking mode afterwards for the read loop.
    static func open(_ endpoint: SSHEndpoint, passphrase: PassphraseProvider?) throws -> LibSSH2Connection {
        let address = endpoint.address
        if let problem = LibSSH2Library.problem {
            throw TransportError.handshakeFailed(address: address, reason: problem)
        }
        let fd = try SocketConnector.connect(host: endpoint.host, port: endpoint.port,
                                              timeout: endpoint.connectTimeout, address: address)
        guard let session = gm_session_init() else {
            close(fd)
            throw TransportError.handshakeFailed(address: address, reason: "out of memory")
        }
        let connection = LibSSH2Connection(session: session, socket: fd, endpoint: endpoint)
        do {
            libssh2_session_set_blocking(session, 1)
            libssh2_session_set_timeout(session, Int(endpoint.connectTimeout * 1000))
            let rc = libssh2_session_handshake(session, libssh2_socket_t(fd))
            if rc != 0 {
                throw connection.error(rc, during: "SSH handshake") {
                    TransportError.handshakeFailed(address: address, reason: $0)
                }
            }
            try connection.verifyHostKey()
            try LibSSH2Authenticator(connection: connection, passphrase: passphrase).authenticate()
            libssh2_keepalive_config(session, 1, UInt32(max(1, endpoint.keepaliveInterval)))
            return connection
        } catch {
            connection.shutdown(reason: "setup failed")
            throw error
        }
    }

    /// Disconnects politely and releases the session and socket.
    func shutdown(reason: String) {
        libssh2_session_set_blocking(session, 1)
        libssh2_session_set_timeout(session, 1000)
        _ = gm_session_disconnect(session, reason)
        libssh2_session_free(session)
        close(socket)
    }

    /// libssh2's last error message.
    func lastError() -> String {
        var message: UnsafeMutablePointer<CChar>?
        var length: Int32 = 0
        libssh2_session_last_error(session, &message, &length, 0)
        guard let message else { return "unknown error" }
        return String(cString: message)
    }

    /// Maps a libssh2 return code to an error: a timeout becomes "no answer in N s".
    func error(_ rc: Int32, during step: String, otherwise make: (String) -> TransportError) -> TransportError {
        if rc == LIBSSH2_ERROR_TIMEOUT {
            return .noAnswer(address: endpoint.address, seconds: endpoint.connectTimeout, during: step)
        }
        if rc == LIBSSH2_ERROR_SOCKET_DISCONNECT || rc == LIBSSH2_ERROR_SOCKET_RECV || rc == LIBSSH2_ERROR_SOCKET_SEND {
            return .connectionLost(address: endpoint.address, reason: "\(step): \(lastError())")
        }
        return make(lastError())
    }

    private func verifyHostKey() throws {
        let address = endpoint.address
        var length = 0
        var type: Int32 = 0
        guard let rawKey = libssh2_session_hostkey(session, &length, &type) else {
            throw TransportError.handshakeFailed(address: address, reason: "the server sent no host key")
        }
        let raw = rawKey.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
        let key = KnownHosts.HostKey(raw: raw, libssh2Type: type)
        let fingerprint = hostKeyFingerprint()
        let name = endpoint.knownHostsName
        switch KnownHosts(session: session).verify(name: name, key: key, files: endpoint.knownHostsFiles) {
        case .match:
            return
        case let .mismatch(file, line):
            throw TransportError.hostKeyChanged(address: address, keyType: key.displayType, fingerprint: fingerprint,
                                                file: file, line: line)
        case .notFound:
            guard endpoint.hostKeyPolicy == .acceptNew, let file = endpoint.knownHostsFiles.first else {
                throw TransportError.hostKeyUnknown(address: address, keyType: key.displayType, fingerprint: fingerprint,
                                                    knownHostsFiles: endpoint.knownHostsFiles)
            }
            do {
                try KnownHosts.append(line: key.knownHostsLine(name: name), to: file)
            } catch {
                throw TransportError.hostKeyNotRecorded(address: address, file: file, reason: error.localizedDescription)
            }
        }
    }

    /// "SHA256:base64" without padding, as OpenSSH prints it.
    private func hostKeyFingerprint() -> String {
        guard let hash = libssh2_hostkey_hash(session, Int32(LIBSSH2_HOSTKEY_HASH_SHA256)) else { return "(no fingerprint)" }
        let bytes = hash.withMemoryRebound(to: UInt8.self, capacity: 32) { Array(UnsafeBufferPointer(start: $0, count: 32)) }
        let text = Data(bytes).base64EncodedString().replacingOccurrences(of: "=", with: "")
        return "SHA256:" + text
    }
}
