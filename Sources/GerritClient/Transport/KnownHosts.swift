import CLibSSH2
import Foundation

/// Host key verification against OpenSSH known_hosts files.
///
/// libssh2 alone falls back to a portless entry for a non-22 port (OpenSSH does not) and cannot
/// tell which line mismatched, so each line is checked on its own, with the exact name OpenSSH
/// records (`[host]:port` for non-22 ports; hashed `|1|` entries work because the same name is
/// hashed). A host known only with a key of another type counts as a mismatch, never as new.
struct KnownHosts {
    /// The result of looking up a host key.
    enum Verdict: Equatable {
        case match
        case mismatch(file: String, line: Int)
        case notFound
    }

    /// The server's host key as libssh2 reports it.
    struct HostKey {
        var raw: [UInt8]
        var libssh2Type: Int32

        /// The algorithm name written in known_hosts.
        var algorithm: String {
            switch libssh2Type {
            case Int32(LIBSSH2_HOSTKEY_TYPE_RSA): return "ssh-rsa"
            case Int32(LIBSSH2_HOSTKEY_TYPE_DSS): return "ssh-dss"
            case Int32(LIBSSH2_HOSTKEY_TYPE_ECDSA_256): return "ecdsa-sha2-nistp256"
            case Int32(LIBSSH2_HOSTKEY_TYPE_ECDSA_384): return "ecdsa-sha2-nistp384"
            case Int32(LIBSSH2_HOSTKEY_TYPE_ECDSA_521): return "ecdsa-sha2-nistp521"
            case Int32(LIBSSH2_HOSTKEY_TYPE_ED25519): return "ssh-ed25519"
            default: return "unknown"
            }
        }

        /// The short name OpenSSH shows ("ED25519", "ECDSA", "RSA").
        var displayType: String {
            switch libssh2Type {
            case Int32(LIBSSH2_HOSTKEY_TYPE_RSA): return "RSA"
            case Int32(LIBSSH2_HOSTKEY_TYPE_DSS): return "DSA"
            case Int32(LIBSSH2_HOSTKEY_TYPE_ED25519): return "ED25519"
            default: return "ECDSA"
            }
        }

        var knownHostsTypeMask: Int32 {
            let key: Int32
            switch libssh2Type {
            case Int32(LIBSSH2_HOSTKEY_TYPE_RSA): key = gm_knownhost_key_ssh_rsa()
            case Int32(LIBSSH2_HOSTKEY_TYPE_DSS): key = gm_knownhost_key_ssh_dss()
            case Int32(LIBSSH2_HOSTKEY_TYPE_ECDSA_256): key = gm_knownhost_key_ecdsa_256()
            case Int32(LIBSSH2_HOSTKEY_TYPE_ECDSA_384): key = gm_knownhost_key_ecdsa_384()
            case Int32(LIBSSH2_HOSTKEY_TYPE_ECDSA_521): key = gm_knownhost_key_ecdsa_521()
            default: key = gm_knownhost_key_ed25519()
            }
            return gm_knownhost_typemask_plain_raw() | key
        }

        /// The line accept-new appends for `name`.
        func knownHostsLine(name: String) -> String {
            "\(name) \(algorithm) \(Data(raw).base64EncodedString())"
        }
    }

    let session: OpaquePointer

    /// Checks `key` for `name` in `files`, in order; any matching line wins, as in OpenSSH.
    func verify(name: String, key: HostKey, files: [String]) -> Verdict {
        var firstMismatch: Verdict?
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            // Split on the byte: Swift reads "\r\n" as one Character, so a file written with CR LF
            // would otherwise be a single line.
            let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for (index, rawLine) in lines.enumerated() {
                let line = String(decoding: rawLine, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                // Markers (@cert-authority, @revoked) are not supported: skip rather than misread.
                if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("@") { continue }
                switch check(line: line, name: name, key: key) {
                case .match: return .match
                case .mismatch where firstMismatch == nil: firstMismatch = .mismatch(file: file, line: index + 1)
                default: break
                }
            }
        }
        return firstMismatch ?? .notFound
    }

    private func check(line: String, name: String, key: HostKey) -> Verdict {
        guard let hosts = libssh2_knownhost_init(session) else { return .notFound }
        defer { libssh2_knownhost_free(hosts) }
        let bytes = Self.readlineBytes(line)
        let added = bytes.withUnsafeBufferPointer { gm_knownhost_readline_openssh(hosts, $0.baseAddress, $0.count - 1) }
        guard added == 0 else { return .notFound }
        // Port -1: look up `name` verbatim, so a portless entry never matches a non-22 port.
        let result = key.raw.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { raw in
                libssh2_knownhost_checkp(hosts, name, -1, raw.baseAddress, raw.count, key.knownHostsTypeMask, nil)
            }
        }
        switch result {
        case Int32(LIBSSH2_KNOWNHOST_CHECK_MATCH): return .match
        case Int32(LIBSSH2_KNOWNHOST_CHECK_MISMATCH): return .mismatch(file: "", line: 0)
        default:
            // The host is known with a key of another type (an ECDSA line, an Ed25519 key shown):
            // that is a changed key too, or accept-new would record an impostor's key beside it.
            return gm_knownhost_entry_names_host(hosts, name) != 0 ? .mismatch(file: "", line: 0) : .notFound
        }
    }

    /// `line` as libssh2's line reader needs it: ending in a newline, then a NUL that the length
    /// passed excludes. libssh2 (1.10) looks at the byte after the given length for a newline
    /// and, finding one, drops the key's last character: an unterminated line failed to match
    /// its own key whenever the next byte in memory happened to be 0x0A.
    static func readlineBytes(_ line: String) -> [CChar] {
        Array((line + "\n").utf8CString)
    }

    /// Appends `line` to `file`, creating the file (mode 600) and its folder (700) if needed.
    static func append(line: String, to file: String) throws {
        let manager = FileManager.default
        let folder = (file as NSString).deletingLastPathComponent
        if !folder.isEmpty, !manager.fileExists(atPath: folder) {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                        attributes: [.posixPermissions: 0o700])
        }
        var existing = manager.contents(atPath: file) ?? Data()
        if let last = existing.last, last != UInt8(ascii: "\n") {
            existing.append(UInt8(ascii: "\n"))
        }
        existing.append(contentsOf: Array((line + "\n").utf8))
        if manager.fileExists(atPath: file) {
            try existing.write(to: URL(fileURLWithPath: file))
        } else if !manager.createFile(atPath: file, contents: existing, attributes: [.posixPermissions: 0o600]) {
            throw CocoaError(.fileWriteNoPermission)
        }
    }
}
