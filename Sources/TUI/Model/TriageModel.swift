import Config
import Foundation
import GerritClient
import GerritModel

/// Everything the triage screen shows, already chosen: the views draw it and nothing else.
///
/// The app builds one from the store's state (`TriageModel(state:…)` in the glue) for every
/// frame; tests build them by hand. Server text inside is drawn through `sanitizeLine`.
public struct TriageModel: Equatable, Sendable {
    /// "Now", for ages: passed in so screens are testable.
    public var now: Date
    /// The zone full timestamps are shown in.
    public var timeZone: TimeZone
    public var status: StatusInfo
    public var tabs: [TabInfo]
    /// Index into `tabs`.
    public var activeTab: Int
    /// The rows of the active tab (after the filter), in display order.
    public var rows: [ChangeRow]
    /// Index into `rows`.
    public var selectedRow: Int?
    /// The list is being (re)loaded.
    public var listLoading: Bool
    /// Why the list could not be loaded, if it could not.
    public var listError: String?
    /// The `/` filter in effect (nil: none).
    public var filter: String?
    /// The change shown in the detail and comment panes.
    public var detail: Change?
    /// Rows scrolled off the top of the detail pane.
    public var detailScroll: Int
    /// Rows scrolled off the top of the comments pane.
    public var commentsScroll: Int
    /// Bot comments are shown in threads.
    public var showBots: Bool
    /// Bot accounts (username or full name).
    public var bots: Set<String>
    /// The watch feed, newest first.
    public var feed: [FeedItem]
    /// Index into `feed`.
    public var selectedFeedItem: Int?
    /// The pane that has the keyboard.
    public var focus: Pane
    /// What is drawn on top, if anything.
    public var overlay: Overlay?
    /// How the screen is split.
    public var layout: TUISettings.Layout

    public init(now: Date, timeZone: TimeZone = .current, status: StatusInfo, tabs: [TabInfo] = [], activeTab: Int = 0, rows: [ChangeRow] = [],
                selectedRow: Int? = nil, listLoading: Bool = false, listError: String? = nil, filter: String? = nil,
                detail: Change? = nil, detailScroll: Int = 0, commentsScroll: Int = 0, showBots: Bool = false,
                bots: Set<String> = [], feed: [FeedItem] = [], selectedFeedItem: Int? = nil, focus: Pane = .list,
                overlay: Overlay? = nil, layout: TUISettings.Layout = .auto) {
        self.now = now
        self.timeZone = timeZone
        self.status = status
        self.tabs = tabs
        self.activeTab = activeTab
        self.rows = rows
        self.selectedRow = selectedRow
        self.listLoading = listLoading
        self.listError = listError
        self.filter = filter
        self.detail = detail
        self.detailScroll = detailScroll
        self.commentsScroll = commentsScroll
        self.showBots = showBots
        self.bots = bots
        self.feed = feed
        self.selectedFeedItem = selectedFeedItem
        self.focus = focus
        self.overlay = overlay
        self.layout = layout
    }

    /// Whether an account is a bot (its username or full name is in `bots`).
    public func isBot(_ account: Account?) -> Bool {
        guard let account else { return false }
        return bots.contains { account.matches($0) }
    }
}

/// The status bar: who and where, the connection, and the last refresh.
public struct StatusInfo: Equatable, Sendable {
    public var server: String
    public var user: String
    public var connection: ConnectionState
    public var lastRefresh: Date?
    /// A transient message ("copied URL", an error), shown instead of the refresh time.
    public var message: String?
    /// Whether `message` is an error.
    public var messageIsError: Bool

    public init(server: String, user: String, connection: ConnectionState, lastRefresh: Date? = nil,
                message: String? = nil, messageIsError: Bool = false) {
        self.server = server
        self.user = user
        self.connection = connection
        self.lastRefresh = lastRefresh
        self.message = message
        self.messageIsError = messageIsError
    }
}

/// One list tab: its title and how many changes wait in it (nil: not loaded yet).
public struct TabInfo: Hashable, Sendable {
    public var title: String
    public var count: Int?

    public init(title: String, count: Int?) {
        self.title = title
        self.count = count
    }
}

/// One row of a todo list.
public struct ChangeRow: Hashable, Sendable {
    public var change: Change
    /// Changed since the user last looked.
    public var unread: Bool
    /// Just updated by a live event.
    public var fresh: Bool

    public init(change: Change, unread: Bool = false, fresh: Bool = false) {
        self.change = change
        self.unread = unread
        self.fresh = fresh
    }
}

/// What is drawn over the panes.
public enum Overlay: Hashable, Sendable {
    /// The `?` help, scrolled by this many rows.
    case help(scroll: Int)
    /// The `:` command line with what was typed.
    case palette(text: String)
    /// The `/` filter prompt with what was typed.
    case filter(text: String)
}
