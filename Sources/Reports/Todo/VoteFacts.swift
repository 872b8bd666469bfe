import GerritModel

/// What the todo rules ask about a change's votes, found in one walk over every patch set.
///
/// "Every patch set" is `patchSets` plus the current patch set when the query sent it alone,
/// as `TodoClassifier.hasHumanVote` and `isReviewedByMe` count them.
struct VoteFacts {
    /// Someone other than a bot voted on some patch set (me included).
    var humanVote = false
    /// I voted on some patch set.
    var myVoteAnywhere = false
    /// I voted on the newest patch set.
    var myVoteOnCurrent = false

    init(of change: Change, classifier: TodoClassifier) {
        for patchSet in change.patchSets { note(patchSet.approvals, classifier) }
        if let current = change.currentPatchSet, !change.patchSets.contains(where: { $0.number == current.number }) {
            note(current.approvals, classifier)
        }
        myVoteOnCurrent = change.latestPatchSet?.approvals.contains { classifier.isMe($0.by) } ?? false
    }

    private mutating func note(_ approvals: [Approval], _ classifier: TodoClassifier) {
        for approval in approvals {
            guard let by = approval.by else { continue }
            if !humanVote && !classifier.isBot(by) { humanVote = true }
            if !myVoteAnywhere && classifier.isMe(by) { myVoteAnywhere = true }
            if humanVote && myVoteAnywhere { return }
        }
    }
}
