/// The panes of the TUI; focus and narrow-layout routes name them.
public enum Pane: String, Sendable, Hashable, CaseIterable {
    /// The list of changes in the current tab.
    case list
    /// The selected change: owner, topic, votes grid.
    case detail
    /// Comment threads of the selected change.
    case comments
    /// The live event feed.
    case watch
    /// The opened change's code: every file of a patch set with its comments (`d`). Only
    /// reached from a change, never by Tab; it takes the whole body in every layout.
    case diff

    /// The panes Tab walks through.
    public static let cycled: [Pane] = [.list, .detail, .comments, .watch]
}
