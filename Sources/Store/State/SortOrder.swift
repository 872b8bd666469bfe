/// How a tab's rows are ordered; `s` cycles through them.
public enum SortOrder: String, Sendable, Hashable, CaseIterable {
    /// The order the server returned (Gerrit sorts by last update, newest first).
    case server
    /// Most recently updated first.
    case updated
    /// Oldest (by creation) first: what has waited longest.
    case oldest
    /// By project, then change number.
    case project
    /// By change number, highest first.
    case number

    /// A short name for the status bar and the tab header.
    public var title: String {
        switch self {
        case .server: return "server order"
        case .updated: return "updated"
        case .oldest: return "oldest"
        case .project: return "project"
        case .number: return "number"
        }
    }

    /// The next order in the cycle.
    public var next: SortOrder {
        let all = SortOrder.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}
