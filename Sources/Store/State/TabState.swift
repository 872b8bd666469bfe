import Foundation
import GerritModel

/// One tab: what it lists, what the last query returned, and where the user is in it.
public struct TabState: Sendable, Hashable {
    /// What the tab lists.
    public var spec: TabSpec
    /// Change numbers from the tab's query in server order; nil until the first result (or cache).
    public var members: [Int]?
    /// When the members were last fetched from the server.
    public var lastRefresh: Date?
    /// The last query error, shown in the tab until the next success.
    public var error: String?
    /// The selected change, by number, so the cursor stays on it when the list changes.
    public var selection: Int?
    /// The selected row's index at the last update: where the cursor lands if the change leaves.
    public var selectionIndex: Int
    /// The first visible row.
    public var scroll: Int
    /// The `/` filter text; rows whose text does not contain it (case-insensitive) are hidden.
    public var filter: String
    /// How rows are ordered.
    public var sort: SortOrder
    /// `members` are the first piece of a cached list whose rest is still being read: how many
    /// changes the tab holds is not known yet.
    public var isPartial: Bool

    public init(spec: TabSpec, members: [Int]? = nil, lastRefresh: Date? = nil, error: String? = nil,
                selection: Int? = nil, selectionIndex: Int = 0, scroll: Int = 0, filter: String = "",
                sort: SortOrder = .server, isPartial: Bool = false) {
        self.isPartial = isPartial
        self.spec = spec
        self.members = members
        self.lastRefresh = lastRefresh
        self.error = error
        self.selection = selection
        self.selectionIndex = selectionIndex
        self.scroll = scroll
        self.filter = filter
        self.sort = sort
    }

    /// The tab's name (`spec.id`).
    public var id: String { spec.id }
}
