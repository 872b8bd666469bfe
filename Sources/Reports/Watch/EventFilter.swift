import GerritModel

/// Which stream events `watch` (and the TUI's feed) shows.
///
/// Bots are hidden unless asked for; when projects are chosen, events of other projects are
/// hidden. Ref updates of change refs (`refs/changes/…`, emitted beside every upload and every
/// NoteDb change) repeat what the change events say and are hidden unless `includeChangeRefs`.
public struct EventFilter: Sendable, Hashable {
    /// Projects to keep; empty keeps every project.
    public var projects: Set<String>
    /// Keep events caused by bots (`--all`).
    public var includeBots: Bool
    /// Keep `ref-updated` events for `refs/changes/…`.
    public var includeChangeRefs: Bool

    /// Creates a filter; by default every project, bots hidden.
    public init(projects: [String] = [], includeBots: Bool = false, includeChangeRefs: Bool = false) {
        self.projects = Set(projects)
        self.includeBots = includeBots
        self.includeChangeRefs = includeChangeRefs
    }

    /// Whether to show `event`, already summarised as `summary`.
    public func accepts(_ event: StreamEvent, summary: EventSummary) -> Bool {
        if summary.isBot && !includeBots { return false }
        if !projects.isEmpty {
            // An event with no project (dropped-output, most unknown types) concerns everyone.
            if let project = summary.project, !projects.contains(project) { return false }
        }
        if !includeChangeRefs, case .refUpdated(let e) = event,
           let ref = e.refUpdate?.refName, ref.hasPrefix("refs/changes/") {
            return false
        }
        return true
    }
}
