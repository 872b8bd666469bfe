import Config
import Foundation
import GerritModel
import GerritRemote
import Reports

/// Everything the TUI shows, as one value: the single source of truth of the interface.
///
/// Only `reduce(_:_:)` changes it. Views read it through the selectors (`rows`, `tabTitles`,
/// `statusBar`, …) and never look at the network, the clock or the terminal themselves.
public struct AppState: Sendable, Equatable {
    // MARK: Who and where

    /// Where the server is, for the status bar ("review.example.org" or "demo").
    public var serverName: String
    /// The account the TUI runs as.
    public var user: String
    /// Who "I" am and who the bots are.
    public var classifierSettings: ClassifierSettings
    /// Seconds between background refreshes; 0 turns them off.
    public var refreshInterval: Int
    /// Ring the bell when a human acts on one of my changes.
    public var bell: Bool
    /// The configured layout (`[tui] layout`).
    public var layoutPreference: TUISettings.Layout
    /// Which review commands ask before they post (`[tui] confirm-votes`).
    public var confirmVotes: TUISettings.ConfirmVotes
    /// What the recheck command posts (`[tui] recheck`).
    public var recheckMessage: String
    /// Whether the host can start a browser; without one, open-in-browser shows the URL.
    public var canOpenURLs: Bool
    /// Whether `$VISUAL`/`$EDITOR` is set; without one the built-in editor is used.
    public var canEditExternally: Bool
    /// What is kept on this machine: unsent reviews, seen and reviewed marks.
    public var local: LocalState
    /// Whether `local` was read yet (nothing is saved before, so nothing read is overwritten).
    public var localLoaded: Bool
    /// The review form waiting while its message is written.
    public var formBeingWritten: Overlay?
    /// The built-in editor's text changed and is not saved yet: a save comes `draftSaveDelay`
    /// after the first change (the exit paths save at once, see `localStateToKeep`).
    public var draftSavePending: Bool
    /// Whether the server keeps an attention set (Gerrit 3.3 and later), known from its version.
    public var serverHasAttentionSet: Bool
    /// The projects and branches every tab query is narrowed to (`[organization] groups`).
    public var tabScope: [GerritQuery]
    /// The latest time an action brought; ages and countdowns are measured from it.
    public var now: Date
    /// The terminal size.
    public var size: TerminalSize
    /// Rows the list pane shows at once (page size for page up/down).
    public var listViewportRows: Int
    /// What the TUI last measured of the text panes and the help (pages and last pages).
    public var textMetrics: TextPaneMetrics

    // MARK: Data

    /// Every change known, by number: from queries, cache, backfill and events.
    public var changes: [Int: Change]
    /// The todo categories of each known change, as of when it last changed.
    public var categories: [Int: Set<TodoCategory>]
    /// Changes the server says I review: a `reviewer:ME` query (the mine tab's) returned them.
    public var reviewedByMe: Set<Int>
    /// Changes updated by an event (or backfill) since the user last looked at them.
    public var unread: Set<Int>
    /// When every change was last classified: time-based lists (expirable) move without events.
    public var classifiedAt: Date?
    /// Changes being fetched because an event announced them, with the events that came since.
    public var fetchingChanges: [Int: [StreamEvent]]
    /// Of those, the ones still waiting for their fetch to start, oldest first: one batch is
    /// fetched at a time, batches at least `fetchSpacing` apart, so a burst of events does not
    /// become a storm of queries.
    public var fetchQueue: [Int]
    /// When the last batch was due to start.
    public var lastFetchStart: Date?
    /// The batch being fetched: the changes asked for that no longer wait (empty: none).
    public var fetchInFlight: [Int] {
        let waiting = Set(fetchQueue)
        return fetchingChanges.keys.filter { !waiting.contains($0) }.sorted()
    }
    /// Tabs judged by the server (`attention:`): the changes whose membership is being asked,
    /// one question per tab at a time, and those that wait for the next question. A burst of
    /// events thus costs a few queries, not one per event.
    public var membershipAsking: [String: [Int]]
    public var membershipWaiting: [String: [Int]]
    /// The live feed.
    public var watch: WatchFeed
    /// The watch entry under the watch pane's cursor (by id); nil follows the newest.
    public var watchSelection: Int?

    // MARK: Navigation

    /// The tabs, in order.
    public var tabs: [TabState]
    /// Index into `tabs` of the current tab.
    public var currentTab: Int
    /// The pane keys go to; in a narrow layout the only pane shown.
    public var focus: Pane
    /// Panes to go back to with Esc, most recent last.
    public var history: [Pane]
    /// The opened change (detail and comments panes).
    public var detail: DetailState?
    /// The diff pane's patch set, base, fetched diff and scroll.
    public var diff: DiffState?
    /// From this pane width the diff is side by side (`[tui] side-by-side-width`).
    public var sideBySideWidth: Int
    /// Show bot comments in threads and bot events in the watch feed.
    public var showBots: Bool
    /// The overlay drawn over the panes.
    public var overlay: Overlay
    /// How many rows the help overlay is scrolled down.
    public var helpScroll: Int
    /// True while `/` filter text is being typed into the current tab.
    public var isEditingFilter: Bool
    /// A review waiting for yes or no; drawn as a prompt over the panes while set.
    public var confirmation: Confirmation?

    // MARK: Connection and work in progress

    /// The live connection, as the client's event feed reports it. The feed owns reconnecting
    /// and catching up; the store only shows what it says.
    public var connection: ConnectionState
    /// When the feed's next reconnect attempt starts, while it waits (for the countdown).
    public var reconnectAt: Date?
    /// Why the stream last went down, for the status bar.
    public var offlineReason: String?
    /// When the cache that painted the first screen was saved, if it did.
    public var cacheSavedAt: Date?
    /// When a query last succeeded.
    public var lastRefresh: Date?
    /// Queries running now; a refresh does not start a second copy of any.
    public var inFlightQueries: Set<QueryID>
    /// Reviews posted and not yet answered.
    public var pendingReviews: [PendingReview]
    /// The id the next review request gets.
    public var nextRequestID: Int
    /// Transient status-bar messages, oldest first.
    public var messages: [StatusMessage]
    /// True once quitting was requested.
    public var isQuitting: Bool

    /// Creates the state before anything has loaded.
    public init(serverName: String, user: String, tabs: [TabSpec], classifierSettings: ClassifierSettings,
                now: Date, size: TerminalSize = TerminalSize(width: 80, height: 24),
                refreshInterval: Int = 300, bell: Bool = false, showBots: Bool = false,
                layoutPreference: TUISettings.Layout = .auto, watchCapacity: Int = 500,
                confirmVotes: TUISettings.ConfirmVotes = .all, recheckMessage: String = "recheck") {
        self.serverName = serverName
        self.user = user
        self.classifierSettings = classifierSettings
        self.refreshInterval = refreshInterval
        self.bell = bell
        self.layoutPreference = layoutPreference
        self.confirmVotes = confirmVotes
        self.recheckMessage = recheckMessage
        self.canOpenURLs = true
        self.canEditExternally = false
        self.local = LocalState()
        self.localLoaded = false
        self.formBeingWritten = nil
        self.draftSavePending = false
        self.serverHasAttentionSet = false
        self.tabScope = []
        self.now = now
        self.size = size
        self.listViewportRows = AppState.defaultViewportRows(for: size)
        self.textMetrics = TextPaneMetrics()
        self.changes = [:]
        self.categories = [:]
        self.reviewedByMe = []
        self.unread = []
        self.classifiedAt = nil
        self.fetchingChanges = [:]
        self.fetchQueue = []
        self.lastFetchStart = nil
        self.membershipAsking = [:]
        self.membershipWaiting = [:]
        self.watch = WatchFeed(capacity: watchCapacity)
        self.watchSelection = nil
        self.tabs = tabs.map { TabState(spec: $0) }
        self.currentTab = 0
        self.focus = .list
        self.history = []
        self.detail = nil
        self.diff = nil
        self.sideBySideWidth = 160
        self.showBots = showBots
        self.overlay = .none
        self.helpScroll = 0
        self.isEditingFilter = false
        self.confirmation = nil
        self.connection = .connecting
        self.reconnectAt = nil
        self.offlineReason = nil
        self.cacheSavedAt = nil
        self.lastRefresh = nil
        self.inFlightQueries = []
        self.pendingReviews = []
        self.nextRequestID = 1
        self.messages = []
        self.isQuitting = false
    }

    /// Creates the state from the user's settings: tabs from `[tui] tabs` and the aliases,
    /// bots from `[organization]`, refresh, bell, layout and bot visibility from `[tui]`.
    public init(settings: Settings, serverName: String, user: String, now: Date,
                size: TerminalSize = TerminalSize(width: 80, height: 24)) {
        self.init(serverName: serverName, user: user, tabs: TabSpec.tabs(from: settings, me: user),
                  classifierSettings: ClassifierSettings(settings: settings, me: user),
                  now: now, size: size, refreshInterval: settings.tui.refresh, bell: settings.tui.bell,
                  showBots: settings.tui.showBots, layoutPreference: settings.tui.layout,
                  confirmVotes: settings.tui.confirmVotes, recheckMessage: settings.tui.recheck)
        tabScope = TabSpec.scopeTerms(projects: settings.allGroupProjects, branches: [])
        sideBySideWidth = settings.tui.sideBySideWidth
    }

    /// A list height guess from the terminal size until the view reports its own.
    static func defaultViewportRows(for size: TerminalSize) -> Int {
        // Title, tab bar, key hints and borders take about five rows.
        max(1, size.height - 5)
    }
}
