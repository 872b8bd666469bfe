/// The result of one submit rule (`--submit-records`); a change may have several.
public struct SubmitRecord: Codable, Hashable, Sendable {
    /// `OK`, `NOT_READY`, `RULE_ERROR`, `CLOSED`, `FORCED`… (kept as sent).
    public var status: String?
    /// Per-label outcome.
    public var labels: [SubmitLabel]

    public init(status: String? = nil, labels: [SubmitLabel] = []) {
        self.status = status
        self.labels = labels
    }

    private enum CodingKeys: String, CodingKey { case status, labels }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        status = try c.lenientString(forKey: .status)
        labels = try c.list(SubmitLabel.self, forKey: .labels)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeList(labels, forKey: .labels)
    }
}

/// One label's state inside a submit record.
public struct SubmitLabel: Codable, Hashable, Sendable {
    /// Label name, e.g. "Verified".
    public var label: String
    /// `OK`, `REJECT`, `NEED`, `MAY`, `IMPOSSIBLE` (kept as sent).
    public var status: String?
    /// Who decided it (for OK and REJECT).
    public var by: Account?

    public init(label: String, status: String? = nil, by: Account? = nil) {
        self.label = label
        self.status = status
        self.by = by
    }

    private enum CodingKeys: String, CodingKey { case label, status, by }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        label = try c.lenientString(forKey: .label) ?? ""
        status = try c.lenientString(forKey: .status)
        by = try c.optional(Account.self, forKey: .by)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(by, forKey: .by)
    }
}
