import Foundation
import GerritModel

/// The change opened in the detail pane, with its full record once loaded.
public struct DetailState: Sendable, Hashable {
    /// The change number.
    public var number: Int
    /// The change with every query option (patch sets, comments, files…); nil while loading.
    public var change: Change?
    /// True while the full record is being fetched.
    public var loading: Bool
    /// Why the last load failed, for the pane.
    public var error: String?
    /// Comment threads scroll.
    public var commentScroll: Int
    /// The comment thread marked with `]`/`[` (an index into the pane's threads), which R and
    /// u act on while it is in view; nil marks the first thread in view.
    public var markedThread: Int?
    /// Events about this change that arrived while its record was loading: the answer may
    /// predate them, so they are applied to it when it comes.
    public var eventsWhileLoading: [StreamEvent]

    public init(number: Int, change: Change? = nil, loading: Bool = false, error: String? = nil, commentScroll: Int = 0,
                eventsWhileLoading: [StreamEvent] = []) {
        self.number = number
        self.change = change
        self.loading = loading
        self.error = error
        self.commentScroll = commentScroll
        self.eventsWhileLoading = eventsWhileLoading
    }
}
