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
}
