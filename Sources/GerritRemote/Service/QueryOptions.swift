/// What a query asks Gerrit to include with each change (the `gerrit query` flags).
public struct QueryOptions: Sendable, Equatable, Hashable {
    public var currentPatchSet: Bool
    public var patchSets: Bool
    public var allApprovals: Bool
    public var files: Bool
    public var comments: Bool
    public var dependencies: Bool
    public var submitRecords: Bool
    /// Every reviewer and CC (`--all-reviewers`, Gerrit 2.9 and later), so "do I review it"
    /// needs no `reviewer:` query.
    public var allReviewers: Bool

    public init(currentPatchSet: Bool = true, patchSets: Bool = false, allApprovals: Bool = true,
                files: Bool = false, comments: Bool = false, dependencies: Bool = false,
                submitRecords: Bool = false, allReviewers: Bool = false) {
        self.currentPatchSet = currentPatchSet
        self.patchSets = patchSets
        self.allApprovals = allApprovals
        self.files = files
        self.comments = comments
        self.dependencies = dependencies
        self.submitRecords = submitRecords
        self.allReviewers = allReviewers
    }

    /// Everything: what the TUI's detail and comment panes need.
    public static let everything = QueryOptions(currentPatchSet: true, patchSets: true, allApprovals: true,
                                                files: true, comments: true, dependencies: true,
                                                submitRecords: true)

    /// The `gerrit query` flags, in a stable order (they are part of cache keys).
    public var flags: [String] {
        var flags: [String] = []
        if currentPatchSet { flags.append("--current-patch-set") }
        if patchSets { flags.append("--patch-sets") }
        if allApprovals { flags.append("--all-approvals") }
        if files { flags.append("--files") }
        if comments { flags.append("--comments") }
        if dependencies { flags.append("--dependencies") }
        if submitRecords { flags.append("--submit-records") }
        if allReviewers { flags.append("--all-reviewers") }
        return flags
    }
}
