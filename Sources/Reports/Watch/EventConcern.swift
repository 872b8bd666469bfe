import GerritModel

/// Why an event concerns me, the reviewer the feed is for: the feed marks it by its kind, and
/// the TUI counts it in the watch pane's badge and rings the bell for it.
///
/// Only what another person did counts: my own actions and bots' never concern me.
public enum EventConcern: String, Sendable, Hashable, CaseIterable {
    /// Someone voted −1 or −2 (on any label) on a change I own.
    case negativeVoteOnMine
    /// Someone commented on a change I own or have commented on.
    case replyToMe
    /// Someone uploaded a new patch set of a change I review.
    case newPatchSetOnReviewed

    /// What the event summarised as `summary` means to me, or nil when nothing.
    ///
    /// - Parameters:
    ///   - summary: The event, summarised with the same bots as `classifier`.
    ///   - classifier: Who I am (`me`) and who the bots are.
    ///   - change: The change as it was known before the event (votes, messages, reviewers), if it was.
    ///   - reviewedByMe: The server said I review the change (it came back for `reviewer:ME`),
    ///     which the change alone misses for reviewers who never voted or commented.
    public init?(summary: EventSummary, for classifier: TodoClassifier, change: Change?, reviewedByMe: Bool = false) {
        guard let actor = summary.actor, !classifier.isMe(actor), !summary.isBot else { return nil }
        let mine = classifier.isMe(summary.owner ?? change?.owner)
        switch summary.type {
        case "comment-added":
            if mine && summary.votes.contains(where: { $0.value < 0 }) {
                self = .negativeVoteOnMine
            } else if mine || (change.map { Self.hasWritten(on: $0, classifier) } ?? false) {
                self = .replyToMe
            } else {
                return nil
            }
        case "patchset-created", "draft-published":
            guard !mine, reviewedByMe || (change.map(classifier.isReviewedByMe) ?? false) else { return nil }
            self = .newPatchSetOnReviewed
        default:
            return nil
        }
    }

    /// Whether I wrote a review message or an inline comment on `change`.
    private static func hasWritten(on change: Change, _ classifier: TodoClassifier) -> Bool {
        if change.comments.contains(where: { classifier.isMe($0.reviewer) }) { return true }
        let patchSets = change.patchSets + (change.currentPatchSet.map { [$0] } ?? [])
        return patchSets.contains { $0.comments.contains { classifier.isMe($0.reviewer) } }
    }
}
