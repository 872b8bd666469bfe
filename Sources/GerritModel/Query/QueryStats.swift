/// The trailer row of `gerrit query --format=JSON` (`{"type":"stats",…}`).
public struct QueryStats: Codable, Hashable, Sendable {
    /// Number of change rows the server sent (may exceed the requested limit by one).
    public var rowCount: Int
    /// Whether more results exist (Gerrit ≥ 2.10); `nil` on older servers.
    public var moreChanges: Bool?
    /// Key to resume from with `resume_sortkey:` (Gerrit ≤ 2.9, only when more results exist).
    public var resumeSortKey: String?
    /// Server-side run time in milliseconds (fractions are truncated).
    public var runTimeMilliseconds: Int?

    public init(rowCount: Int, moreChanges: Bool? = nil, resumeSortKey: String? = nil, runTimeMilliseconds: Int? = nil) {
        self.rowCount = rowCount
        self.moreChanges = moreChanges
        self.resumeSortKey = resumeSortKey
        self.runTimeMilliseconds = runTimeMilliseconds
    }

    private enum CodingKeys: String, CodingKey { case type, rowCount, moreChanges, resumeSortKey, runTimeMilliseconds }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rowCount = try c.lenientInt(forKey: .rowCount) ?? 0
        moreChanges = try c.lenientBool(forKey: .moreChanges)
        resumeSortKey = try c.lenientString(forKey: .resumeSortKey)
        runTimeMilliseconds = try c.lenientInt(forKey: .runTimeMilliseconds)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("stats", forKey: .type)
        try c.encode(rowCount, forKey: .rowCount)
        try c.encodeIfPresent(runTimeMilliseconds, forKey: .runTimeMilliseconds)
        try c.encodeIfPresent(moreChanges, forKey: .moreChanges)
        try c.encodeIfPresent(resumeSortKey, forKey: .resumeSortKey)
    }
}
