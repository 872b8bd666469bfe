/// Which parts of a `Change` a reader of the cache needs, beyond its list fields.
///
/// A report declares what it reads, and the cache decodes only that: a warm `changes` reads
/// each vote's label and value but not who cast it, so 30,000 voters' names are never built.
/// Parts left out come back empty (`nil`, `[]`); everything else is exactly what was stored.
///
/// Always kept: the change's own fields (project, branch, topic, id, number, subject, owner,
/// url, dates, status, open/wip/private flags), the latest patch set, each kept patch set's
/// number, creation time and size, and each vote's label and value.
public struct ChangeParts: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Each vote's voter, time, description and previous value.
    public static let voters = ChangeParts(rawValue: 1 << 0)
    /// Each patch set's revision, parents, ref, uploader, author, kind and draft flag.
    public static let patchSetDetails = ChangeParts(rawValue: 1 << 1)
    /// Each patch set's files (`--files`).
    public static let files = ChangeParts(rawValue: 1 << 2)
    /// Each patch set's inline comments.
    public static let inlineComments = ChangeParts(rawValue: 1 << 3)
    /// The change messages (`--comments`).
    public static let messages = ChangeParts(rawValue: 1 << 4)
    /// The full commit message.
    public static let commitMessage = ChangeParts(rawValue: 1 << 5)
    /// `dependsOn` and `neededBy` (`--dependencies`).
    public static let dependencies = ChangeParts(rawValue: 1 << 6)
    /// Submit records (`--submit-records`).
    public static let submitRecords = ChangeParts(rawValue: 1 << 7)
    /// Every reviewer (`--all-reviewers`).
    public static let reviewers = ChangeParts(rawValue: 1 << 8)
    /// Hashtags, assignee, tracking ids and the old paging key.
    public static let extras = ChangeParts(rawValue: 1 << 9)
    /// Every patch set, not only the latest: without it, a change stored with its current
    /// patch set comes back with an empty `patchSets`, one stored without with only the latest
    /// in `patchSets` (`latestPatchSet` is the same either way).
    public static let olderPatchSets = ChangeParts(rawValue: 1 << 10)

    /// The whole change.
    public static let all = ChangeParts(rawValue: (1 << 11) - 1)

    /// `Change.voterDigest`: who voted on any patch set, computed when the change was stored, for
    /// a report that needs no more of the older patch sets. Not in `all`: a change read back whole
    /// equals the one stored, which has no digest.
    public static let voterDigest = ChangeParts(rawValue: 1 << 11)
}
