import Foundation
import GerritModel

extension WatchEntry {
    /// The feed line for `event`; the id is assigned when the feed appends it.
    static func make(for event: StreamEvent, at: Date, settings: ClassifierSettings, knownChange: Change?) -> WatchEntry {
        let change = event.change
        let actor = event.actor
        let (summary, kind) = describe(event)
        let owner = knownChange?.owner ?? change?.owner
        let bots = settings.botMatcher
        let humanActor = actor != nil && !bots.isBot(actor) && !settings.isMe(actor)
        return WatchEntry(id: 0, at: event.createdOn ?? at, change: change?.number,
                          project: change?.project ?? knownChange?.project,
                          subject: change?.subject ?? knownChange?.subject,
                          actor: actor?.displayName ?? "", actorIsBot: bots.isBot(actor),
                          summary: summary, kind: kind,
                          concernsMe: humanActor && settings.isMe(owner) && kind != .other)
    }

    static func describe(_ event: StreamEvent) -> (String, Kind) {
        switch event {
        case .patchSetCreated(let e), .draftPublished(let e):
            return ("new patch set \(e.patchSet?.number ?? 0)", .patchSet)
        case .commentAdded(let e):
            let votes = (e.approvals ?? []).filter { $0.oldValue != nil && $0.changed }
                .map { "\($0.type) \($0.value > 0 ? "+" : "")\($0.value)" }
            return (votes.isEmpty ? "commented" : "commented (\(votes.joined(separator: ", ")))", .comment)
        case .changeMerged: return ("merged", .merged)
        case .changeAbandoned: return ("abandoned", .abandoned)
        case .changeRestored: return ("restored", .restored)
        case .reviewerAdded(let e): return ("added reviewer \(e.reviewer?.displayName ?? "?")", .reviewer)
        case .reviewerDeleted(let e): return ("removed reviewer \(e.reviewer?.displayName ?? "?")", .reviewer)
        case .voteDeleted(let e): return ("removed a vote of \(e.reviewer?.displayName ?? "?")", .reviewer)
        case .topicChanged(let e): return ("topic \(e.change?.topic ?? "(none)")", .topic)
        default: return (event.type, .other)
        }
    }
}
