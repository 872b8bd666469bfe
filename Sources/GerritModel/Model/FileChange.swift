/// One file touched by a patch set (`--files`).
///
/// Includes Gerrit's pseudo files `/COMMIT_MSG` and `/MERGE_LIST`. `deletions` is negative
/// on many servers; use `deletedLines` for the magnitude.
public struct FileChange: Codable, Hashable, Sendable {
    /// Path of the file in this patch set.
    public var file: String
    /// Previous path for renames and copies.
    public var fileOld: String?
    /// `ADDED`, `MODIFIED`, `DELETED`, `RENAMED`, `COPIED`, `REWRITE` (kept as sent).
    public var type: String?
    /// Inserted lines as sent.
    public var insertions: Int?
    /// Deleted lines as sent (may be negative).
    public var deletions: Int?

    public init(file: String, fileOld: String? = nil, type: String? = nil, insertions: Int? = nil, deletions: Int? = nil) {
        self.file = file
        self.fileOld = fileOld
        self.type = type
        self.insertions = insertions
        self.deletions = deletions
    }

    /// Number of deleted lines, never negative.
    public var deletedLines: Int { magnitude(deletions) }
    /// Number of inserted lines, never negative.
    public var insertedLines: Int { magnitude(insertions) }

    /// True for Gerrit's pseudo files (`/COMMIT_MSG`, `/MERGE_LIST`, `/PATCHSET_LEVEL`).
    public var isPseudoFile: Bool { file.hasPrefix("/") }

    private enum CodingKeys: String, CodingKey { case file, fileOld, type, insertions, deletions }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.lenientString(forKey: .file) ?? ""
        fileOld = try c.lenientString(forKey: .fileOld)
        type = try c.lenientString(forKey: .type)
        insertions = try c.lenientInt(forKey: .insertions)
        deletions = try c.lenientInt(forKey: .deletions)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encodeIfPresent(fileOld, forKey: .fileOld)
        try c.encodeIfPresent(type, forKey: .type)
        try c.encodeIfPresent(insertions, forKey: .insertions)
        try c.encodeIfPresent(deletions, forKey: .deletions)
    }
}

/// `abs` that cannot trap on `Int.min` (possible after clamping absurd numbers).
func magnitude(_ value: Int?) -> Int {
    guard let value else { return 0 }
    return Int(clamping: value.magnitude)
}
