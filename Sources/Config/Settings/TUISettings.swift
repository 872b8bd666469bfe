/// `[tui]`: our own settings for the full-screen interface.
public struct TUISettings: Sendable, Hashable {
    /// How the screen is split.
    public enum Layout: String, Sendable, Hashable, CaseIterable {
        /// Side by side when the terminal is wide enough (≥ 140 columns), else one pane.
        case auto
        /// Always list and detail side by side.
        case wide
        /// Always one pane at a time.
        case narrow
    }

    /// The theme name, looked up by ``ThemeLoader``. Default `default`.
    public var theme: String
    /// The layout. Default `.auto`.
    public var layout: Layout
    /// Ring the bell when something needs you (a human vote on your change). Default false.
    public var bell: Bool
    /// Seconds between background refreshes of the lists; 0 turns it off. Default 300.
    public var refresh: Int
    /// Mouse clicks and wheel. Default true.
    public var mouse: Bool
    /// Show bot comments in threads from the start. Default false.
    public var showBots: Bool
    /// The list tabs in order (todo list names, my-changes, or aliases). Default the six todo
    /// lists and my-changes; an Attention tab joins on servers that keep an attention set.
    public var tabs: [String]
    /// Which review commands ask before they post.
    public enum ConfirmVotes: String, Sendable, Hashable, CaseIterable {
        /// Every vote and message asks "y/n".
        case all
        /// Only strong ones ask (+2, −2, Workflow, submit, abandon, restore); ±1 and recheck post at once.
        case strong
    }
    /// Which review commands ask first. Default `.all`.
    public var confirmVotes: ConfirmVotes
    /// The message the recheck command posts. Default "recheck" (what OpenStack's CI reads).
    public var recheck: String
    /// From this many columns the diff is shown side by side, below it unified. Default 160.
    public var sideBySideWidth: Int

    /// The default tab list.
    public static let defaultTabs = ["mine", "anyones", "noones", "others", "approvable", "expirable", "my-changes"]

    /// Creates TUI settings.
    public init(theme: String = "default", layout: Layout = .auto, bell: Bool = false, refresh: Int = 300,
                mouse: Bool = true, showBots: Bool = false, tabs: [String] = TUISettings.defaultTabs,
                confirmVotes: ConfirmVotes = .all, recheck: String = "recheck") {
        self.theme = theme
        self.layout = layout
        self.bell = bell
        self.refresh = refresh
        self.mouse = mouse
        self.showBots = showBots
        self.tabs = tabs
        self.confirmVotes = confirmVotes
        self.recheck = recheck
        self.sideBySideWidth = 160
    }
}
