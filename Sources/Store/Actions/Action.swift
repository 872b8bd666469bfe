import Foundation
import GerritModel
import GerritRemote

/// Something that happened: a user intent (already mapped from keys by the TUI's command
/// table) or a result coming back from an effect.
///
/// Results carry the time they arrived (`at:`) because `reduce` has no clock.
public enum Action: Sendable, Equatable {
    // MARK: Life cycle

    /// The TUI started: fetch every tab, start the event stream and the tick timer.
    case launched(at: Date)
    /// Query results saved by an earlier session, painted before the first refresh.
    case cachedChangesLoaded([QueryID: [Change]], savedAt: Date)
    /// Time passed (the timer `Effect.scheduleTick` set): countdowns, message expiry, refresh.
    case tick(Date)
    /// The terminal changed size.
    case resized(width: Int, height: Int)
    /// The layout at the new size gives the list pane this many rows (page size for page up/down).
    case listViewportChanged(rows: Int)
    /// Leave the TUI.
    case quit

    // MARK: Moving (in the focused pane)

    /// Move by `by` rows (negative is up) in the focused pane: the list cursor (clamped), the
    /// watch cursor, or the scroll of the detail and comments.
    case moveSelection(by: Int)
    /// To the first row of the focused pane (top of the detail).
    case selectFirst
    /// To the last row of the focused list or feed.
    case selectLast
    /// Move by one list viewport.
    case pageUp
    case pageDown
    /// Put the cursor on a change (a mouse click).
    case selectChange(Int)
    /// Scroll the list without moving the cursor past what stays visible (mouse wheel).
    case scrollList(by: Int)

    // MARK: Tabs

    case switchTab(to: Int)
    case nextTab
    case previousTab

    // MARK: Panes

    /// Enter: open the selected change (list → detail → comments).
    case open
    /// Esc: close the overlay, stop filter editing, or go back one pane.
    case back
    case focusNext
    case focusPrevious
    /// Focus one pane directly (a mouse click, or `w` for watch).
    case focus(Pane)

    // MARK: List tools

    /// Re-run the queries of every tab (merged with any still running).
    case refresh
    /// `/`: start typing a filter for the current tab.
    case filterEditingStarted
    /// The filter text changed (every keystroke: the list filters as you type).
    case setFilter(String)
    /// Enter in the filter: stop editing, keep the filter.
    case filterCommitted
    /// Esc in the filter: stop editing and clear it.
    case filterCancelled
    /// `s`: the next sort order for the current tab.
    case cycleSort
    /// `b`: show or hide bots in comments and the watch feed.
    case toggleBots

    // MARK: Overlays

    case showHelp
    /// The help overlay was scrolled to `to` rows from its top (the TUI measures how far it goes).
    case helpScrolled(to: Int)
    /// Close whatever overlay is open.
    case hideOverlay
    /// `:`: open the command palette.
    case paletteOpened
    /// The palette text changed.
    case paletteInputChanged(String)
    /// Enter in the palette: run the typed command.
    case paletteSubmitted

    // MARK: Change commands

    /// Vote on the selected change's current patch set, e.g. `("Code-Review", 2)`.
    case vote(label: String, value: Int)
    /// Post any review (message, several votes, abandon/restore).
    case postReview(ReviewRequest)
    /// Vote on the selected change only after the user confirms (for +2, Workflow, abandon…).
    case voteAfterConfirming(label: String, value: Int)
    /// Ask before posting `request`.
    case confirmReview(ReviewRequest)
    /// Yes to the pending confirmation: post it.
    case confirmationAccepted
    /// No to the pending confirmation.
    case confirmationDismissed
    /// Open the selected change in the browser.
    case openInBrowser
    /// Copy the selected change's URL.
    case copyURL
    /// The host has something to tell the user that no effect reported (say, where a change is
    /// when there is no browser to open it): shown in the status bar until it expires.
    case noticePosted(String)

    // MARK: Results from effects

    /// A list query returned.
    case queryFinished(QueryID, [Change], at: Date)
    /// A list query failed; `message` is for the user.
    case queryFailed(QueryID, message: String, at: Date)
    /// The full record of the opened change arrived.
    case changeDetailLoaded(Change, at: Date)
    /// Loading the opened change failed.
    case changeDetailFailed(number: Int, message: String, at: Date)
    /// Something from the live event stream.
    case eventFeed(EventFeedUpdate, at: Date)
    /// The event stream ended (its task finished): the client's feed gave up or was stopped.
    case eventStreamEnded(at: Date)
    /// A change fetched because an event announced it: nil when the server no longer has it
    /// (or I may not see it); `reviewedByMe` says whether a `reviewer:ME` query returned it.
    case changeFetched(number: Int, change: Change?, reviewedByMe: Bool, at: Date)
    /// Fetching an announced change failed.
    case changeFetchFailed(number: Int, message: String, at: Date)
    /// A posted review succeeded.
    case reviewFinished(id: Int, at: Date)
    /// A posted review failed.
    case reviewFailed(id: Int, message: String, at: Date)
}
