/// What a user can do in the TUI, by the id `[keys]` lines, the palette and the help name it.
///
/// The raw value is the id users write (`move-down = j, down`, `:abandon`).
public enum CommandID: String, CaseIterable, Hashable, Sendable {
    // Moving
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case first
    case last
    case nextThread = "next-thread"
    case previousThread = "previous-thread"
    // Panes, tabs and changes
    case open
    case back
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case nextTab = "next-tab"
    case previousTab = "previous-tab"
    case goToTab = "tab"
    case showComments = "show-comments"
    case showWatch = "show-watch"
    case openChange = "open-change"
    case nextChange = "next-change"
    case previousChange = "previous-change"
    case dependsOn = "depends-on"
    case neededBy = "needed-by"
    // Reading the code
    case showDiff = "show-diff"
    case diffBase = "diff-base"
    case nextFile = "next-file"
    case previousFile = "previous-file"
    // Reviewing the change
    case review
    case codeReviewMinus2 = "code-review-2"
    case codeReviewMinus1 = "code-review-1"
    case codeReviewPlus1 = "code-review+1"
    case codeReviewPlus2 = "code-review+2"
    case approve
    case recheck
    case vote
    case message
    case reply
    case toggleResolved = "toggle-resolved"
    case abandon
    case restore
    case submit
    case toggleReviewed = "toggle-reviewed"
    case toggleBots = "toggle-bots"
    case openInBrowser = "open-in-browser"
    case copyURL = "copy-url"
    // General
    case filter
    case sort
    case refresh
    case help
    case commandPalette = "command-palette"
    case quit
}
