/// An inline comment on a patch set file (`--patch-sets --comments`).
public struct InlineComment: Codable, Hashable, Sendable {
    /// File path; may be `/COMMIT_MSG` or `/PATCHSET_LEVEL`.
    public var file: String
    /// Line number; `nil` for file-level comments.
    public var line: Int?
    /// Who wrote it.
    public var reviewer: Account?
    /// The comment text.
    public var message: String
    /// Whether the thread is unresolved (Gerrit 2.15+; `nil` on older servers).
    public var unresolved: Bool?

    public init(file: String, line: Int? = nil, reviewer: Account? = nil, message: String, unresolved: Bool? = nil) {
        self.file = file
        self.line = line
        self.reviewer = reviewer
        self.message = message
        self.unresolved = unresolved
    }

    private enum CodingKeys: String, CodingKey { case file, line, reviewer, message, unresolved }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.lenientString(forKey: .file) ?? ""
        line = try c.lenientInt(forKey: .line)
        reviewer = try c.optional(Account.self, forKey: .reviewer)
        message = try c.lenientString(forKey: .message) ?? ""
        unresolved = try c.lenientBool(forKey: .unresolved)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encodeIfPresent(line, forKey: .line)
        try c.encodeIfPresent(reviewer, forKey: .reviewer)
        try c.encode(message, forKey: .message)
        try c.encodeIfPresent(unresolved, forKey: .unresolved)
    }
}
