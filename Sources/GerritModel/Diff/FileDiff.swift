/// How one file differs between the two sides of a diff.
public struct FileDiff: Hashable, Sendable {
    /// What happened to the file.
    public enum Status: String, Hashable, Sendable {
        case added, modified, deleted, renamed, copied
    }

    /// The path on the new side (the old path for a deleted file).
    public var path: String
    /// The path on the old side when it differs (renames and copies).
    public var oldPath: String?
    public var status: Status
    /// Git found no text to show ("Binary files … differ").
    public var isBinary: Bool
    /// How alike a renamed or copied file is to its source, in percent.
    public var similarity: Int?
    /// The changed regions, in file order.
    public var hunks: [DiffHunk]

    public init(path: String, oldPath: String? = nil, status: Status = .modified, isBinary: Bool = false,
                similarity: Int? = nil, hunks: [DiffHunk] = []) {
        self.path = path
        self.oldPath = oldPath
        self.status = status
        self.isBinary = isBinary
        self.similarity = similarity
        self.hunks = hunks
    }

    /// Lines added.
    public var insertions: Int { hunks.reduce(0) { $0 + $1.lines.count { $0.kind == .added } } }
    /// Lines removed.
    public var deletions: Int { hunks.reduce(0) { $0 + $1.lines.count { $0.kind == .removed } } }
}
