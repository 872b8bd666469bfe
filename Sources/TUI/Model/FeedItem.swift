import Foundation
import GerritModel
import TerminalText

/// One line of the watch feed: when, which change, who, and what happened.
public struct FeedItem: Hashable, Sendable {
    public var time: Date?
    public var changeNumber: Int?
    public var who: String
    public var what: String
    /// From a bot account (drawn dimmed).
    public var isBot: Bool
    /// Needs the user's attention (a negative human vote on their change).
    public var isHighlighted: Bool

    public init(time: Date?, changeNumber: Int?, who: String, what: String, isBot: Bool = false,
                isHighlighted: Bool = false) {
        self.time = time
        self.changeNumber = changeNumber
        self.who = who
        self.what = what
        self.isBot = isBot
        self.isHighlighted = isHighlighted
    }

    /// The feed line for a stream event; nil for events the feed does not show.
    ///
    /// - Parameters:
    ///   - me: the user, whose changes' negative human votes are highlighted.
    ///   - isBot: whether an account is a bot.
    public init?(event: StreamEvent, me: String, isBot: (Account?) -> Bool) {
        let actor = event.actor
        let who = actor?.displayName ?? "someone"
        let what: String
        switch event {
        case .patchSetCreated(let e), .draftPublished(let e):
            what = "new patch set \(e.patchSet?.number ?? 0)"
        case .changeAbandoned: what = "abandoned"
        case .changeRestored: what = "restored"
        case .changeMerged: what = "merged"
        case .mergeFailed: what = "merge failed"
        case .changeDeleted: what = "deleted"
        case .commentAdded(let e):
            let votes = (e.approvals ?? []).filter { $0.value != 0 && ($0.oldValue == nil || $0.changed) }
            if votes.isEmpty {
                what = "commented"
            } else {
                what = votes.map { "\(LabelAbbreviation.short($0.type)) \(VoteText.signed($0.value))" }.joined(separator: " ")
            }
        case .reviewerAdded(let e): what = "added \(e.reviewer?.displayName ?? "a reviewer")"
        case .reviewerDeleted(let e): what = "removed \(e.reviewer?.displayName ?? "a reviewer")"
        case .voteDeleted: what = "deleted a vote"
        case .topicChanged(let e): what = "topic \(e.change?.topic ?? "") (was \(e.oldTopic ?? "none"))"
        case .hashtagsChanged: what = "changed hashtags"
        case .wipStateChanged: what = "changed work-in-progress"
        case .privateStateChanged: what = "changed private"
        case .assigneeChanged: what = "changed assignee"
        default: return nil
        }
        let change = event.change
        var negative = false
        if case .commentAdded(let e) = event {
            negative = (e.approvals ?? []).contains { $0.value < 0 && $0.type == "Code-Review" }
        }
        self.init(time: event.createdOn, changeNumber: change?.number, who: sanitizeLine(who),
                  what: sanitizeLine(what), isBot: isBot(actor),
                  isHighlighted: negative && !isBot(actor) && change?.owner?.matches(me) == true)
    }
}
