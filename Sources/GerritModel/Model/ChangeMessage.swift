import Foundation

/// A change message (the `comments` of a change row with `--comments`), e.g. "Uploaded patch set 2.".
public struct ChangeMessage: Codable, Hashable, Sendable {
    /// When the message was posted.
    public var timestamp: Date?
    /// Who posted it (`nil` for messages by Gerrit itself on some servers).
    public var reviewer: Account?
    /// The text, e.g. "Patch Set 3: Code-Review+2\n\n(1 comment)".
    public var message: String

    public init(timestamp: Date? = nil, reviewer: Account? = nil, message: String) {
        self.timestamp = timestamp
        self.reviewer = reviewer
        self.message = message
    }

    private enum CodingKeys: String, CodingKey { case timestamp, reviewer, message }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        timestamp = try c.lenientDate(forKey: .timestamp)
        reviewer = try c.optional(Account.self, forKey: .reviewer)
        message = try c.lenientString(forKey: .message) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeTimestamp(timestamp, forKey: .timestamp)
        try c.encodeIfPresent(reviewer, forKey: .reviewer)
        try c.encode(message, forKey: .message)
    }
}
