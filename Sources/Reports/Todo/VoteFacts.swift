import GerritModel

/// What the todo rules ask about a change's votes, found in one walk over its voters.
///
/// The voters are `Change.anyVoter`'s: everyone who voted on some patch set (the stored digest,
/// or `patchSets` plus the current patch set when the query sent it alone), as
/// `TodoClassifier.hasHumanVote` and `isReviewedByMe` count them.
struct VoteFacts {
    /// Someone other than a bot voted on some patch set (me included).
    var humanVote = false
    /// I voted on some patch set.
    var myVoteAnywhere = false
    /// I voted on the newest patch set.
    var myVoteOnCurrent = false

    init(of change: Change, classifier: TodoClassifier) {
        var humanVote = false
        var myVoteAnywhere = false
        _ = change.anyVoter { voter in
            if !humanVote && !classifier.isBot(voter) { humanVote = true }
            if !myVoteAnywhere && classifier.isMe(voter) { myVoteAnywhere = true }
            return humanVote && myVoteAnywhere
        }
        self.humanVote = humanVote
        self.myVoteAnywhere = myVoteAnywhere
        myVoteOnCurrent = change.latestPatchSet?.approvals.contains { classifier.isMe($0.by) } ?? false
    }
}
