import CLibSSH2
import Config
import Foundation
import GerritRemote

/// Public-key authentication in OpenSSH's order: ssh-agent, the configured key file, then the
/// default keys in `~/.ssh`.
///
/// Every attempt is written down, so a failure can tell the user exactly what was tried.
/// RSA keys are tracked apart: libssh2 1.10 signs them only with SHA-1, which OpenSSH ≥ 8.8
/// refuses, and when nothing but RSA was on offer the caller gets `.rsaKeyUnsupported`.
struct LibSSH2Authenticator {
    let connection: LibSSH2Connection
    let passphrase: PassphraseProvider?

    private var endpoint: SSHEndpoint { connection.endpoint }
    private var session: OpaquePointer { connection.session }

    /// Outcome bookkeeping across attempts.
    private struct Attempts {
        var tried: [String] = []
        var refusedRSA: [String] = []
        var refusedOther = 0
        var otherProblems = 0
    }

    func authenticate() throws {
        var attempts = Attempts()
        if endpoint.useAgent, try tryAgent(&attempts) { return }
        for path in keyFiles() {
            if try tryKeyFile(path, explicit: path == endpoint.keyFile, &attempts) { return }
        }
        let address = endpoint.address
        if !attempts.refusedRSA.isEmpty, attempts.refusedOther == 0, attempts.otherProblems == 0 {
            throw TransportError.rsaKeyUnsupported(address: address, user: endpoint.user, keys: attempts.refusedRSA)
        }
        if attempts.tried.isEmpty {
            let folder = endpoint.defaultKeyDirectory ?? ProcessEnvironment.home + "/.ssh"
            attempts.tried.append("no ssh-agent and no key files (looked for id_ed25519, id_ecdsa, id_rsa in \(folder))")
        }
        throw TransportError.authenticationFailed(address: address, user: endpoint.user, tried: attempts.tried)
    }

    /// The configured key first, then the defaults that exist (skipping a duplicate).
    private func keyFiles() -> [String] {
        let folder = endpoint.defaultKeyDirectory ?? ProcessEnvironment.home + "/.ssh"
        var files: [String] = []
        if let keyFile = endpoint.keyFile { files.append(keyFile) }
        for name in ["id_ed25519", "id_ecdsa", "id_rsa"] {
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path), !files.contains(path) { files.append(path) }
        }
        return files
    }

    private func tryAgent(_ attempts: inout Attempts) throws -> Bool {
        let socketPath = endpoint.agentSocket ?? ProcessInfo.processInfo.environment["SSH_AUTH_SOCK"]
        guard let socketPath, !socketPath.isEmpty else { return false }
        guard let agent = libssh2_agent_init(session) else { return false }
        defer { libssh2_agent_free(agent) }
        libssh2_agent_set_identity_path(agent, socketPath)
        guard libssh2_agent_connect(agent) == 0 else {
            attempts.tried.append("ssh-agent at \(socketPath): not reachable")
            attempts.otherProblems += 1
            return false
        }
        defer { libssh2_agent_disconnect(agent) }
        guard libssh2_agent_list_identities(agent) == 0 else {
            attempts.tried.append("ssh-agent at \(socketPath): could not list keys")
            attempts.otherProblems += 1
            return false
        }
        var previous: UnsafeMutablePointer<libssh2_agent_publickey>?
        var count = 0
        while true {
            var identity: UnsafeMutablePointer<libssh2_agent_publickey>?
            guard libssh2_agent_get_identity(agent, &identity, previous) == 0, let identity else { break }
            previous = identity
            count += 1
            let type = Self.keyType(blob: identity.pointee.blob, length: identity.pointee.blob_len)
            let comment = identity.pointee.comment.map { String(cString: $0) } ?? ""
            let label = "ssh-agent key \(type ?? "?")" + (comment.isEmpty ? "" : " \(comment)")
            let rc = libssh2_agent_userauth(agent, endpoint.user, identity)
            if rc == 0 { return true }
            if rc == LIBSSH2_ERROR_TIMEOUT || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT || rc == LIBSSH2_ERROR_SOCKET_RECV {
                throw connection.error(rc, during: "authenticating") { .connectionLost(address: endpoint.address, reason: $0) }
            }
            record(refused: label, isRSA: type == "ssh-rsa", &attempts)
        }
        if count == 0 {
            attempts.tried.append("ssh-agent at \(socketPath): holds no keys")
        }
        return false
    }

    private func tryKeyFile(_ path: String, explicit: Bool, _ attempts: inout Attempts) throws -> Bool {
        guard let info = PrivateKeyInfo.read(path: path) else {
            if explicit {
                attempts.tried.append("key file \(path): cannot be read")
                attempts.otherProblems += 1
            }
            return false
        }
        var secret: String?
        if info.encrypted {
            guard let passphrase else {
                attempts.tried.append("key file \(path): needs a passphrase and there is no terminal to ask; add it to ssh-agent with `ssh-add \(path)`")
                attempts.otherProblems += 1
                return false
            }
            guard let answer = passphrase(path) else {
                attempts.tried.append("key file \(path): skipped (no passphrase given)")
                attempts.otherProblems += 1
                return false
            }
            secret = answer
        }
        let publicPath = FileManager.default.fileExists(atPath: path + ".pub") ? path + ".pub" : nil
        let rc = gm_userauth_publickey_fromfile(session, endpoint.user, publicPath, path, secret ?? "")
        if rc == 0 { return true }
        if rc == LIBSSH2_ERROR_TIMEOUT || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT || rc == LIBSSH2_ERROR_SOCKET_RECV {
            throw connection.error(rc, during: "authenticating") { .connectionLost(address: endpoint.address, reason: $0) }
        }
        if rc == LIBSSH2_ERROR_FILE {
            let why = info.encrypted ? "wrong passphrase or unsupported key format" : "unsupported key format"
            attempts.tried.append("key file \(path): \(why)")
            attempts.otherProblems += 1
            return false
        }
        record(refused: "key file \(path) (\(info.keyType ?? "unknown type"))", isRSA: info.isRSA, &attempts)
        return false
    }

    private func record(refused label: String, isRSA: Bool, _ attempts: inout Attempts) {
        if isRSA {
            attempts.tried.append("\(label): refused (RSA keys need SHA-2 signatures, which libssh2 1.10 cannot make)")
            attempts.refusedRSA.append(label)
        } else {
            attempts.tried.append("\(label): refused by the server")
            attempts.refusedOther += 1
        }
    }

    /// The algorithm name at the start of a public key blob.
    static func keyType(blob: UnsafeMutablePointer<UInt8>?, length: Int) -> String? {
        guard let blob else { return nil }
        var reader = SSHWireReader(bytes: Array(UnsafeBufferPointer(start: blob, count: length)))
        return reader.string().map { String(decoding: $0, as: UTF8.self) }
    }
}
