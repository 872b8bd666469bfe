import Foundation

/// A Gerrit account as it appears in owners, uploaders, voters and reviewers.
///
/// Every field may be missing (service users have no email, some owners have no name,
/// and `username` can be an empty string), so never key an identity on one field alone:
/// use `identity`.
public struct Account: Codable, Hashable, Sendable {
    /// Full name, e.g. "Jane Doe".
    public var name: String?
    /// Preferred email address.
    public var email: String?
    /// Gerrit username (the SSH login name).
    public var username: String?

    public init(name: String? = nil, email: String? = nil, username: String? = nil) {
        self.name = name
        self.email = email
        self.username = username
    }

    /// The name to show a person: name, else username, else email, else "unknown".
    public var displayName: String {
        Self.nonEmpty(name) ?? Self.nonEmpty(username) ?? Self.nonEmpty(email) ?? "unknown"
    }

    /// A stable key for comparing accounts: username, else email, else name (empty strings skipped).
    public var identity: String? {
        Self.nonEmpty(username) ?? Self.nonEmpty(email) ?? Self.nonEmpty(name)
    }

    /// True when `text` equals this account's username, email or name (case-insensitive for email).
    public func matches(_ text: String) -> Bool {
        if let username = Self.nonEmpty(username), username == text { return true }
        if let name = Self.nonEmpty(name), name == text { return true }
        if let email = Self.nonEmpty(email), Self.equalIgnoringCase(email, text) { return true }
        return false
    }

    /// `caseInsensitiveCompare(_:) == .orderedSame`, without Foundation when both are ASCII:
    /// the todo lists ask this for every vote of every change, and the Foundation call
    /// (NSString bridging) was a tenth of a warm report.
    static func equalIgnoringCase(_ first: String, _ second: String) -> Bool {
        var a = first
        var b = second
        let ascii: Bool? = a.withUTF8 { x in
            b.withUTF8 { y in
                var allASCII = true
                for byte in x where byte >= 0x80 { allASCII = false; break }
                for byte in y where byte >= 0x80 { allASCII = false; break }
                guard allASCII else { return nil }
                guard x.count == y.count else { return false }
                for index in 0..<x.count where lowercased(x[index]) != lowercased(y[index]) { return false }
                return true
            }
        }
        if let ascii { return ascii }
        return first.caseInsensitiveCompare(second) == .orderedSame
    }

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private enum CodingKeys: String, CodingKey { case name, email, username }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.lenientString(forKey: .name)
        email = try c.lenientString(forKey: .email)
        username = try c.lenientString(forKey: .username)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encodeIfPresent(username, forKey: .username)
    }
}
