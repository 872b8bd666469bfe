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

    /// Every option `gerrit query` has: the heaviest rows a real server sends.
    public static let everything: SimQueryOptions = {
        var options = SimQueryOptions()
        options.currentPatchSet = true
        options.patchSets = true
        options.allApprovals = true
        options.comments = true
        options.files = true
        options.dependencies = true
        options.submitRecords = true
        options.allReviewers = true
        options.commitMessage = true
        return options
    }()
}
