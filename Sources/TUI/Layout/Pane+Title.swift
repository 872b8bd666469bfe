import Store

extension Pane {
    /// The pane's title in its border.
    public var title: String {
        switch self {
        case .list: return "list"
        case .detail: return "change"
        case .comments: return "comments"
        case .watch: return "watch"
        case .diff: return "diff"
        }
    }
}
