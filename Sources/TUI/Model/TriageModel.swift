import Config
import Foundation
import GerritModel
import Reports
import Store

/// Everything the triage screen shows, already chosen: the views draw it and nothing else.
///
/// The app builds one from the store's `AppState` for every frame (`init(state:timeZone:)`,
/// through the store's selectors); tests may build them by hand. Server text inside is drawn
/// through `sanitizeLine` (the comments pane through `CommentsPane`).
public struct TriageModel: Equatable, Sendable {
    /// "Now", for ages: passed in so screens are testable.
    public var now: Date
    /// The zone full timestamps are shown in.
    public var timeZone: TimeZone
    public var status: StatusBar
    public var tabs: [TabTitle]
    /// The rows of the current tab (after the filter), in display order; built from a store
    /// state, only those that can be on screen (from its scroll position, a terminal's height).
    public var rows: [ChangeRow]
    /// Index into `rows` of the cursor.
    public var selectedRow: Int?
    /// The first row of `rows` shown (0 when `rows` is already the window on screen).
    public var listScroll: Int
    /// Rows of the list before and after `rows`, when `rows` is only the window a store state
    /// can show: the frame counts them ("↑ 40 more", "↓ 2063 more") with the rows out of sight
    /// inside the window.
    public var rowsAbove: Int
    public var rowsBelow: Int
    /// The list is being (re)loaded.
    public var listLoading: Bool
    /// Why the list could not be loaded, if it could not.
    public var listError: String?
    /// The `/` filter of the current tab ("" for none).
    public var filter: String
    /// The filter is being typed.
    public var isEditingFilter: Bool
    /// The change shown in the detail and comment panes.
    public var detail: Change?
    /// The comment threads of `detail` as Reports groups them for `comments` (the store's
    /// `commentThreads`); nil when no change is shown.
    public var comments: CommentThreads?
    /// `detail` is the full record (comments, files); false while it is only the list's row.
    public var detailIsFull: Bool
    /// The opened change is being fetched.
    public var detailLoading: Bool
    /// Why it could not be fetched.
    public var detailError: String?
    /// Scroll positions of the text panes.
    public var scroll: ViewScroll
    /// Bot comments and events are shown.
    public var showBots: Bool
    /// Who I am and who the bots are.
    public var people: ClassifierSettings
    /// The watch feed, newest first: all of it, or (from a store state) as far as the pane can
    /// show from its cursor; `feedCount` says how many there are in all.
    public var feed: [WatchEntry]
    /// How many entries the feed has, whether or not `feed` holds them all.
    public var feedCount: Int
    /// Events that concern me since the watch pane was last looked at.
    public var watchBadge: Int
    /// The pane that has the keyboard.
    public var focus: Pane
    /// What is drawn on top, if anything.
    public var overlay: Overlay
    /// The question of a review waiting for yes or no.
    public var confirmation: String?
    /// The palette's list for what is typed, while it is open.
    public var paletteCompletions: [PaletteCompletion]
    /// How the screen is split.
    public var layout: TUISettings.Layout
    /// The diff pane, while it is open.
    public var diff: DiffPane?

    public init(now: Date, timeZone: TimeZone = .current, status: StatusBar, tabs: [TabTitle] = [],
                rows: [ChangeRow] = [], selectedRow: Int? = nil, listScroll: Int = 0, rowsAbove: Int = 0, rowsBelow: Int = 0,
                listLoading: Bool = false,
                listError: String? = nil, filter: String = "", isEditingFilter: Bool = false, detail: Change? = nil,
                comments: CommentThreads? = nil, detailIsFull: Bool = true,
                detailLoading: Bool = false, detailError: String? = nil, scroll: ViewScroll = ViewScroll(),
                showBots: Bool = false, people: ClassifierSettings, feed: [WatchEntry] = [], feedCount: Int? = nil, watchBadge: Int = 0,
                focus: Pane = .list, overlay: Overlay = .none, confirmation: String? = nil, layout: TUISettings.Layout = .auto,
                paletteCompletions: [PaletteCompletion] = [], diff: DiffPane? = nil) {
        self.now = now
        self.timeZone = timeZone
        self.status = status
        self.tabs = tabs
        self.rows = rows
        self.selectedRow = selectedRow
        self.listScroll = listScroll
        self.rowsAbove = rowsAbove
        self.rowsBelow = rowsBelow
        self.listLoading = listLoading
        self.listError = listError
        self.filter = filter
        self.isEditingFilter = isEditingFilter
        self.detail = detail
        self.comments = comments
        self.detailIsFull = detailIsFull
        self.detailLoading = detailLoading
        self.detailError = detailError
        self.scroll = scroll
        self.showBots = showBots
        self.people = people
        self.feed = feed
        self.feedCount = feedCount ?? feed.count
        self.watchBadge = watchBadge
        self.focus = focus
        self.overlay = overlay
        self.confirmation = confirmation
        self.layout = layout
        self.paletteCompletions = paletteCompletions
        self.diff = diff
    }

    /// The one bot rule (Reports' `BotMatcher`) for the configured bots.
    public var bots: BotMatcher {
        people.botMatcher
    }

    /// The title of the current tab.
    public var currentTabTitle: String? {
        tabs.first { $0.isCurrent }?.title
    }
}

/// Where the panes are scrolled to; all of it comes from the store (`TriageModel(state:…)`).
public struct ViewScroll: Hashable, Sendable {
    public var detail: Int
    public var comments: Int
    public var help: Int
    /// The watch feed's cursor (0 is the newest event).
    public var watch: Int
    /// The comment thread marked with `]`/`[`, if any (see `DetailState.markedThread`).
    public var markedThread: Int?

    public init(detail: Int = 0, comments: Int = 0, help: Int = 0, watch: Int = 0, markedThread: Int? = nil) {
        self.detail = detail
        self.markedThread = markedThread
        self.comments = comments
        self.comments = comments
        self.help = help
        self.watch = watch
    }
}
