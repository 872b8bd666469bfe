import Foundation

/// One line of the watch feed: who did what to which change, and when.
public struct WatchEntry: Sendable, Hashable, Identifiable {
    /// What happened, for colour and icons.
    public enum Kind: String, Sendable, Hashable {
        case patchSet
        case comment
        case merged
        case abandoned
        case restored
        case reviewer
        case topic
        case other
    }

    /// Increases by one per entry; stable identity for views.
    public var id: Int
    /// When the event happened (its `eventCreatedOn`, else when it arrived).
    public var at: Date
    /// The change, when the event concerns one.
    public var change: Int?
    public var project: String?
    public var subject: String?
    /// Who acted, as shown ("garyk"), or "" when the event has no actor.
    public var actor: String
    /// True when the actor is a configured bot; hidden unless bots are shown.
    public var actorIsBot: Bool
    /// What happened, e.g. "commented (Code-Review -1)", "new patch set 4", "merged".
    public var summary: String
    public var kind: Kind
    /// A human acted on one of my changes: highlighted, counted in the badge.
    public var concernsMe: Bool

    public init(id: Int, at: Date, change: Int?, project: String? = nil, subject: String? = nil, actor: String,
                actorIsBot: Bool = false, summary: String, kind: Kind, concernsMe: Bool = false) {
        self.id = id
        self.at = at
        self.change = change
        self.project = project
        self.subject = subject
        self.actor = actor
        self.actorIsBot = actorIsBot
        self.summary = summary
        self.kind = kind
        self.concernsMe = concernsMe
    }
}
