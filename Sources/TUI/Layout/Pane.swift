/// The panes of the triage screen.
public enum Pane: String, CaseIterable, Hashable, Sendable {
    /// The todo list of the active tab.
    case list
    /// The selected change: metadata, votes, files, dependencies.
    case detail
    /// The selected change's comment threads.
    case comments
    /// The live event feed.
    case watch

    /// The pane title shown in its border.
    public var title: String {
        switch self {
        case .list: return "list"
        case .detail: return "change"
        case .comments: return "comments"
        case .watch: return "watch"
        }
    }

    /// Tab order: list → change → comments → watch → list.
    public var next: Pane {
        let all = Pane.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }

    public var previous: Pane {
        let all = Pane.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + all.count - 1) % all.count]
    }
}
