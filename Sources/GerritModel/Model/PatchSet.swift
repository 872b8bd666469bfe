import Foundation

/// One patch set of a change, from `--patch-sets`, `--current-patch-set` or an event.
///
/// `sizeDeletions` is negative on many servers and both sizes may be absurd in broken data:
/// they are kept as sent (clamped to `Int` range); use `insertedLines` / `deletedLines`.
public struct PatchSet: Codable, Hashable, Sendable {
    /// Patch set number (1-based); 0 when the server omitted it.
    public var number: Int
    /// Commit sha1.
    public var revision: String?
    /// Parent commit sha1s (2.9+).
    public var parents: [String]
    /// Git ref, `refs/changes/<last2>/<change>/<patchset>`.
    public var ref: String?
    /// Who uploaded it.
    public var uploader: Account?
    /// Commit author (2.9+).
    public var author: Account?
    /// Upload time.
    public var createdOn: Date?
    /// How it differs from the previous patch set.
    public var kind: PatchSetKind?
    /// Draft flag of Gerrit ≤ 2.14.
    public var isDraft: Bool?
    /// Votes on this patch set.
    public var approvals: [Approval]
    /// Files touched (`--files`).
    public var files: [FileChange]
    /// Inline comments (`--patch-sets --comments`).
    public var comments: [InlineComment]
    /// Inserted lines as sent.
    public var sizeInsertions: Int?
    /// Deleted lines as sent (often negative).
    public var sizeDeletions: Int?

    public init(number: Int, revision: String? = nil, parents: [String] = [], ref: String? = nil,
                uploader: Account? = nil, author: Account? = nil, createdOn: Date? = nil,
                kind: PatchSetKind? = nil, isDraft: Bool? = nil, approvals: [Approval] = [],
                files: [FileChange] = [], comments: [InlineComment] = [],
                sizeInsertions: Int? = nil, sizeDeletions: Int? = nil) {
        self.number = number
        self.revision = revision
        self.parents = parents
        self.ref = ref
        self.uploader = uploader
        self.author = author
        self.createdOn = createdOn
        self.kind = kind
        self.isDraft = isDraft
        self.approvals = approvals
        self.files = files
        self.comments = comments
        self.sizeInsertions = sizeInsertions
        self.sizeDeletions = sizeDeletions
    }

    /// Inserted lines, never negative.
    public var insertedLines: Int { magnitude(sizeInsertions) }
    /// Deleted lines, never negative (Gerrit often sends them negative).
    public var deletedLines: Int { magnitude(sizeDeletions) }

    /// All votes for one label (normalised name, e.g. "Code-Review").
    public func approvals(for label: String) -> [Approval] {
        approvals.filter { $0.type == label }
    }

    /// The lowest and highest vote for a label, or `nil` when nobody voted on it.
    public func voteRange(for label: String) -> ClosedRange<Int>? {
        let values = approvals(for: label).map(\.value)
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }

    /// The vote `account` gave on `label`, if any.
    public func vote(for label: String, by account: Account) -> Int? {
        guard let key = account.identity else { return nil }
        return approvals.last { $0.type == label && $0.by?.identity == key }?.value
    }

    private enum CodingKeys: String, CodingKey {
        case number, revision, parents, ref, uploader, author, createdOn, kind, isDraft
        case approvals, files, comments, sizeInsertions, sizeDeletions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.lenientInt(forKey: .number) ?? 0
        revision = try c.lenientString(forKey: .revision)
        parents = try c.list(String.self, forKey: .parents)
        ref = try c.lenientString(forKey: .ref)
        uploader = try c.optional(Account.self, forKey: .uploader)
        author = try c.optional(Account.self, forKey: .author)
        createdOn = try c.lenientDate(forKey: .createdOn)
        kind = try c.lenientString(forKey: .kind).map(PatchSetKind.init(rawValue:))
        isDraft = try c.lenientBool(forKey: .isDraft)
        approvals = try c.list(Approval.self, forKey: .approvals)
        files = try c.list(FileChange.self, forKey: .files)
        comments = try c.list(InlineComment.self, forKey: .comments)
        sizeInsertions = try c.lenientInt(forKey: .sizeInsertions)
        sizeDeletions = try c.lenientInt(forKey: .sizeDeletions)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(revision, forKey: .revision)
        try c.encodeList(parents, forKey: .parents)
        try c.encodeIfPresent(ref, forKey: .ref)
        try c.encodeIfPresent(uploader, forKey: .uploader)
        try c.encodeIfPresent(author, forKey: .author)
        try c.encodeTimestamp(createdOn, forKey: .createdOn)
        try c.encodeIfPresent(kind?.rawValue, forKey: .kind)
        try c.encodeIfPresent(isDraft, forKey: .isDraft)
        try c.encodeList(approvals, forKey: .approvals)
        try c.encodeList(files, forKey: .files)
        try c.encodeList(comments, forKey: .comments)
        try c.encodeIfPresent(sizeInsertions, forKey: .sizeInsertions)
        try c.encodeIfPresent(sizeDeletions, forKey: .sizeDeletions)
    }
}
