import Foundation
import GerritModel
import GerritRemote

/// Something that happened: the user invoked a command, typed, clicked, or a result came back
/// from an effect. Names say what happened, never what to do.
///
/// Results carry the time they arrived (`at:`) because `reduce` has no clock.
public enum Action: Sendable, Equatable {
    // MARK: Life cycle

    /// The TUI started: fetch every tab, start the event stream and the tick timer.
    case launched(at: Date)
    /// One list's query results as an earlier session saved them, painted before the first
    /// refresh; the lists of a warm start arrive one by one, the tab on screen first. The first
    /// list may come in two pieces: its first changes (`complete` false), then the rest.
    case cachedChangesLoaded(QueryID, [Change], savedAt: Date, complete: Bool = true)
    /// Time passed (the timer `Effect.scheduleTick` set): countdowns, message expiry, refresh.
    case tick(Date)
    /// The terminal changed size.
    case resized(width: Int, height: Int)
    /// The list pane's height in rows, from the layout (page size for page up/down).
    case listViewportChanged(rows: Int)
    /// What the TUI measured of the text panes and the help at the current size and content:
    /// sent before a movement there, so the reducer keeps scrolls within the text.
    case textPaneMeasured(TextPaneMetrics)

    // MARK: The user

    /// A command of the table ran, from its key or the palette, with its argument if any
    /// (`open-change 87329`, `move-down 5`, `vote Code-Review +1`).
    case commandInvoked(CommandID, argument: String? = nil)
    /// A list row was clicked.
    case rowClicked(change: Int)
    /// A tab title was clicked.
    case tabClicked(Int)
    /// A pane was clicked.
    case paneClicked(Pane)
    /// The mouse wheel turned over the focused pane (positive is down).
    case wheelScrolled(by: Int)
    /// The `/` filter text changed (every keystroke: the list filters as you type).
    case filterTextChanged(String)
    /// Enter in the filter: stop editing, keep the filter.
    case filterCommitted
    /// Esc in the filter: stop editing and clear it.
    case filterCancelled
    /// The palette text changed.
    case paletteTextChanged(String)
    /// Tab in the palette: the text became the selected completion.
    case paletteCompleted
    /// Up or down in the palette's list of completions.
    case paletteSelectionMoved(by: Int)
    /// Enter in the palette: run the typed (or selected) command.
    case paletteSubmitted
    /// The answer to the pending confirmation: yes posts it, no drops it.
    case confirmationAnswered(Bool)
    /// A key in the built-in editor changed its text or moved its cursor.
    case composeEdited(ComposeText.Edit)
    /// The delay after the built-in editor's text changed passed: the drafts are saved now.
    case draftSaveDelayPassed
    /// The built-in editor's text is done (Ctrl-S): send it.
    case composeFinished
    /// The built-in editor was left (Esc): its text stays as a draft.
    case composeCancelled
    /// `$VISUAL`/`$EDITOR` ended: the text written, or nil when it could not run (then `problem`
    /// says why and the built-in editor takes over).
    case textEdited(ComposePurpose, text: String?, problem: String? = nil)
    /// ↑/↓ in the review form.
    case formRowMoved(by: Int)
    /// ←/→ (or −/+) on a label of the review form.
    case formValueStepped(by: Int)
    /// A digit on a label of the review form: that value (with − typed before it, negative).
    case formValueSet(Int)
    /// Enter (or Ctrl-S) in the review form: ask, then post what it says.
    case formSubmitted
    /// Enter on the form's message (or `m`): write it.
    case formMessageEditRequested
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
    /// The diff's fetch said how far it got.
    case diffProgress(change: Int, text: String)
    /// The diff of the diff pane arrived.
    case diffLoaded(PatchDiff, at: Date)
    /// The diff could not be had; `message` is for the user.
    case diffFailed(change: Int, patchSet: Int, base: DiffBase, message: String, at: Date)
    /// Something from the live event stream.
    case eventFeed(EventFeedUpdate, at: Date)
    /// The event stream ended (its task finished): the client's feed gave up or was stopped.
    case eventStreamEnded(at: Date)
    /// A batch of changes fetched because events announced them, one result for each number
    /// asked.
    case changesFetched([FetchedChange], at: Date)
    /// Fetching a batch of announced changes failed.
    case changesFetchFailed(numbers: [Int], message: String, at: Date)
    /// A posted review succeeded.
    case reviewFinished(id: Int, at: Date)
    /// A posted review failed.
    case reviewFailed(id: Int, message: String, at: Date)
    /// What was kept on this machine (drafts, unsent reviews, seen marks), or nil with the
    /// reason when it could not be read.
    case localStateLoaded(LocalState?, problem: String?)
    /// Saving the local state failed (reported once).
    case localStateSaveFailed(String)
    /// What `gerrit version` said (nil when it could not tell): which tabs the server can fill.
    case serverVersionFound(major: Int, minor: Int)
}

/// What the TUI measured of the scrollable text at the current size: the last useful scroll
/// and a page, for the detail/comments panes and for the help overlay.
public struct TextPaneMetrics: Sendable, Hashable {
    public var textScrollLimit: Int
    public var textPage: Int
    public var helpScrollLimit: Int
    public var helpPage: Int
    /// The comments pane's threads: the line each starts on, in order.
    public var threadLines: [Int]

    public init(textScrollLimit: Int = .max, textPage: Int = 10, helpScrollLimit: Int = .max, helpPage: Int = 10,
                threadLines: [Int] = []) {
        self.textScrollLimit = textScrollLimit
        self.textPage = textPage
        self.helpScrollLimit = helpScrollLimit
        self.helpPage = helpPage
        self.threadLines = threadLines
    }
}
