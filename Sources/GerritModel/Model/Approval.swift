import Foundation

/// One vote on a patch set (a label and a value), from a query row or a `comment-added` event.
///
/// `type` is the label name, normalised from the category ids of Gerrit ≤ 2.5
/// (`CRVW` → `Code-Review`, `VRIF` → `Verified`, `APRV` → `Workflow`, `SUBM` → `Submit`);
/// `rawType` keeps what the server sent, and is what gets encoded back.
public struct Approval: Codable, Hashable, Sendable {
    /// Normalised label name, e.g. "Code-Review".
    public var type: String
    /// The label name exactly as the server sent it, e.g. "CRVW".
    public var rawType: String
    /// Human description of the label, e.g. "Code Review" (missing on `SUBM`).
    public var description: String?
    /// The vote, e.g. -2...+2. Gerrit sends it as a string; "+1" is accepted. 0 when missing.
    public var value: Int
    /// The previous vote; only present in events when the value changed.
    public var oldValue: Int?
    /// When the vote was cast (query rows only).
    public var grantedOn: Date?
    /// Who voted (query rows only; events carry the voter as the event's author).
    public var by: Account?

    public init(type: String, description: String? = nil, value: Int, oldValue: Int? = nil,
                grantedOn: Date? = nil, by: Account? = nil) {
        self.rawType = type
        self.type = Approval.normalizedLabel(type)
        self.description = description
        self.value = value
        self.oldValue = oldValue
        self.grantedOn = grantedOn
        self.by = by
    }

    /// A vote whose label name is already normalised (`type`), e.g. one read back from the
    /// cache, which stored both names.
    @inlinable
    public init(rawType: String, type: String, description: String?, value: Int, oldValue: Int?,
                grantedOn: Date?, by: Account?) {
        self.rawType = rawType
        self.type = type
        self.description = description
        self.value = value
        self.oldValue = oldValue
        self.grantedOn = grantedOn
        self.by = by
    }

    /// Maps old category ids to today's label names; other names pass through unchanged.
    public static func normalizedLabel(_ type: String) -> String {
        // Every old id is four bytes long: any other name passes with one length check instead
        // of four comparisons (every vote read from the cache comes through here).
        guard type.utf8.count == 4 else { return type }
        switch type {
        case "CRVW": return "Code-Review"
        case "VRIF": return "Verified"
        case "APRV": return "Workflow"
        case "SUBM": return "Submit"
        default: return type
        }
    }

    /// True for a negative vote.
    public var isNegative: Bool { value < 0 }

    /// True when the vote changed in this event (`oldValue` present and different).
    public var changed: Bool { oldValue.map { $0 != value } ?? false }

    private enum CodingKeys: String, CodingKey { case type, label, description, value, oldValue, grantedOn, by }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Docs only ever use `type`; `label` is accepted defensively.
        let raw = try c.lenientString(forKey: .type) ?? c.lenientString(forKey: .label) ?? ""
        rawType = raw
        type = Approval.normalizedLabel(raw)
        description = try c.lenientString(forKey: .description)
        value = try c.lenientInt(forKey: .value, stringFirst: true) ?? 0
        oldValue = try c.lenientInt(forKey: .oldValue, stringFirst: true)
        grantedOn = try c.lenientDate(forKey: .grantedOn)
        by = try c.optional(Account.self, forKey: .by)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rawType, forKey: .type)
        try c.encodeIfPresent(description, forKey: .description)
        // Gerrit sends votes as strings in every version.
        try c.encode(String(value), forKey: .value)
        try c.encodeIfPresent(oldValue.map(String.init), forKey: .oldValue)
        try c.encodeTimestamp(grantedOn, forKey: .grantedOn)
        try c.encodeIfPresent(by, forKey: .by)
    }
}
