/// A TUI command's id: what keys are bound to and what `[keys]` config lines name.
///
/// The raw value is the id users write (`move-down = j, down`).
public enum CommandID: String, CaseIterable, Hashable, Sendable {
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case first
    case last
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case nextTab = "next-tab"
    case previousTab = "previous-tab"
    case open
    case back
    case showComments = "show-comments"
    case showWatch = "show-watch"
    case toggleBots = "toggle-bots"
    case filter
    case sort
    case vote
    case refresh
    case openInBrowser = "open-in-browser"
    case copyURL = "copy-url"
    case help
    case commandPalette = "command-palette"
    case quit
}
