import Foundation
import GerritModel
import Reports

/// One line of the watch feed: Reports' summary of an event, and what it means to me.
///
/// The feed says what `gerrymander watch` says: the summary (names in words, votes, details) is
/// Reports' `EventSummary`, and whether it concerns me is Reports' `EventConcern`. The store
/// only fills in what it knows better, such as the subject of a change the event did not name.
public struct WatchEntry: Sendable, Hashable, Identifiable {
    /// Increases by one per entry; stable identity for views.
    public var id: Int
    /// What happened: when, which change, who, and what changed.
    public var summary: EventSummary
    /// Why it concerns me, if it does: marked in the feed, counted in the badge, rung on the bell.
    public var concern: EventConcern?

    /// An entry for a summary; the id is given when the feed appends it.
    public init(id: Int = 0, summary: EventSummary, concern: EventConcern? = nil) {
        self.id = id
        self.summary = summary
        self.concern = concern
    }

    /// The feed line for `event`.
    ///
    /// - Parameters:
    ///   - receivedAt: When it arrived; its time when the server sent none.
    ///   - settings: Who I am and who the bots are.
    ///   - knownChange: The change as the store knew it before the event, if it did.
    ///   - reviewedByMe: The server listed the change for `reviewer:ME`.
    public init(event: StreamEvent, receivedAt: Date, settings: ClassifierSettings, knownChange: Change?,
                reviewedByMe: Bool = false) {
        var summary = EventSummary(event: event, receivedAt: receivedAt, bots: settings.botMatcher)
        summary.subject = summary.subject ?? knownChange?.subject
        summary.project = summary.project ?? knownChange?.project
        self.init(summary: summary,
                  concern: EventConcern(summary: summary, for: settings.classifier, change: knownChange,
                                        reviewedByMe: reviewedByMe))
    }

    /// When the event happened.
    public var at: Date { summary.time }
    /// The change, when the event concerns one.
    public var change: Int? { summary.changeNumber }
    /// Whether the event concerns me (any kind).
    public var concernsMe: Bool { concern != nil }
}
