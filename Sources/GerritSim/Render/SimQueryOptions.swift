/// Which optional parts of a change row `gerrit query` was asked for.
public struct SimQueryOptions: Sendable, Equatable {
    public var currentPatchSet = false
    public var patchSets = false
    public var allApprovals = false
    public var comments = false
    public var files = false
    public var dependencies = false
    public var submitRecords = false
    public var allReviewers = false
    public var commitMessage = false

    public init() {}
}
