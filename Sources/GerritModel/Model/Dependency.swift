/// A change this one depends on or is needed by (`--dependencies`).
public struct Dependency: Codable, Hashable, Sendable {
    /// Change-Id of the other change.
    public var id: String?
    /// Change number of the other change.
    public var number: Int?
    /// Commit sha1 of the patch set depended on.
    public var revision: String?
    /// Git ref of that patch set.
    public var ref: String?
    /// Whether that patch set is the other change's current one (`false` means outdated).
    public var isCurrentPatchSet: Bool?

    public init(id: String? = nil, number: Int? = nil, revision: String? = nil, ref: String? = nil, isCurrentPatchSet: Bool? = nil) {
        self.id = id
        self.number = number
        self.revision = revision
        self.ref = ref
        self.isCurrentPatchSet = isCurrentPatchSet
    }

    private enum CodingKeys: String, CodingKey { case id, number, revision, ref, isCurrentPatchSet }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.lenientString(forKey: .id)
        number = try c.lenientInt(forKey: .number)
        revision = try c.lenientString(forKey: .revision)
        ref = try c.lenientString(forKey: .ref)
        isCurrentPatchSet = try c.lenientBool(forKey: .isCurrentPatchSet)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeIfPresent(number, forKey: .number)
        try c.encodeIfPresent(revision, forKey: .revision)
        try c.encodeIfPresent(ref, forKey: .ref)
        try c.encodeIfPresent(isCurrentPatchSet, forKey: .isCurrentPatchSet)
    }
}
