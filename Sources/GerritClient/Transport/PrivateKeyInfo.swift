import Foundation

/// What can be learnt about a private key file without decrypting it: its type and whether it
/// needs a passphrase.
///
/// Knowing this up front lets authentication ask for a passphrase only when one is needed and
/// recognise RSA keys, which libssh2 1.10 cannot use against current servers.
struct PrivateKeyInfo: Equatable {
    /// The SSH key type, e.g. `ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`; `nil` if unknown.
    var keyType: String?
    /// Whether the file is protected by a passphrase.
    var encrypted: Bool

    var isRSA: Bool { keyType == "ssh-rsa" }

    /// Reads `path` (and `path.pub` for the type, when present).
    static func read(path: String) -> PrivateKeyInfo? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var info = parse(String(decoding: data, as: UTF8.self))
        if let pub = FileManager.default.contents(atPath: path + ".pub"),
           let word = String(decoding: pub, as: UTF8.self).split(separator: " ").first {
            info.keyType = String(word)
        }
        return info
    }

    /// Parses the text of a private key file (OpenSSH or PEM format).
    static func parse(_ text: String) -> PrivateKeyInfo {
        if text.contains("BEGIN OPENSSH PRIVATE KEY") {
            return parseOpenSSH(text) ?? PrivateKeyInfo(keyType: nil, encrypted: false)
        }
        let encrypted = text.contains("ENCRYPTED")
        if text.contains("BEGIN RSA PRIVATE KEY") { return PrivateKeyInfo(keyType: "ssh-rsa", encrypted: encrypted) }
        if text.contains("BEGIN EC PRIVATE KEY") { return PrivateKeyInfo(keyType: "ecdsa-sha2", encrypted: encrypted) }
        if text.contains("BEGIN DSA PRIVATE KEY") { return PrivateKeyInfo(keyType: "ssh-dss", encrypted: encrypted) }
        return PrivateKeyInfo(keyType: nil, encrypted: encrypted)
    }

    /// The "openssh-key-v1" container: magic, cipher name, kdf name, kdf options, key count,
    /// then the first public key blob, whose first string is the key type.
    private static func parseOpenSSH(_ text: String) -> PrivateKeyInfo? {
        let body = text.split(whereSeparator: \.isNewline)
            .filter { !$0.hasPrefix("-----") }
            .joined()
        guard let data = Data(base64Encoded: body) else { return nil }
        var reader = SSHWireReader(bytes: [UInt8](data))
        let magic = Array("openssh-key-v1".utf8) + [0]
        guard reader.take(magic.count) == magic,
              let cipher = reader.string(),
              reader.string() != nil, reader.string() != nil,
              let count = reader.uint32(), count >= 1,
              let publicBlob = reader.bytes() else { return nil }
        var blobReader = SSHWireReader(bytes: publicBlob)
        let type = blobReader.string().map { String(decoding: $0, as: UTF8.self) }
        return PrivateKeyInfo(keyType: type, encrypted: String(decoding: cipher, as: UTF8.self) != "none")
    }
}

/// Reads SSH wire-format values (big-endian uint32 lengths followed by bytes).
struct SSHWireReader {
    let buffer: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) { self.buffer = bytes }

    mutating func take(_ count: Int) -> [UInt8]? {
        guard count >= 0, offset + count <= buffer.count else { return nil }
        defer { offset += count }
        return Array(buffer[offset..<offset + count])
    }

    mutating func uint32() -> UInt32? {
        guard let raw = take(4) else { return nil }
        return raw.reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func bytes() -> [UInt8]? {
        guard let length = uint32() else { return nil }
        return take(Int(length))
    }

    mutating func string() -> [UInt8]? { bytes() }
}
