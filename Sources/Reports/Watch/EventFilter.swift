/// Which events `watch` and the TUI's watch feed show.
///
/// Bots' comments are hidden unless asked for (`--all`, the TUI's `b`): CI systems comment on
/// every patch set. What a bot does to a change is shown whoever did it: on a Zuul server
/// every merge is done by a bot, and hiding it would hide every merge. When projects are
/// chosen, events of other projects are hidden. Ref updates that only repeat a change event
/// are folded by `RefUpdateFolder`, not here.
public struct EventFilter: Sendable, Hashable {
    /// Projects to keep; empty keeps every project.
    public var projects: Set<String>
    /// Keep comments by bots (`--all`).
    public var includeBots: Bool

    /// Creates a filter; by default every project, bots' comments hidden.
    public init(projects: [String] = [], includeBots: Bool = false) {
        self.projects = Set(projects)
        self.includeBots = includeBots
    }

    /// Whether to show the event summarised as `summary`.
    public func accepts(_ summary: EventSummary) -> Bool {
        if summary.isBot && summary.isComment && !includeBots { return false }
        if !projects.isEmpty {
            // An event with no project (dropped-output, most unknown types) concerns everyone.
            if let project = summary.project, !projects.contains(project) { return false }
        }
        return true
    }
}
