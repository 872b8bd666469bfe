/// A tab as the tab bar shows it: "mine 14".
public struct TabTitle: Sendable, Hashable, Identifiable {
    /// The tab's id.
    public var id: String
    public var title: String
    /// Changes waiting in the list (whatever the `/` filter); nil before the first result.
    public var count: Int?
    /// Rows the `/` filter lets through, while the tab has one; nil otherwise.
    public var filteredCount: Int?
    /// Unread changes in the tab.
    public var unread: Int
    public var isCurrent: Bool
    /// Its query is running.
    public var isLoading: Bool
    /// Its last query failed.
    public var hasError: Bool

    public init(id: String, title: String, count: Int?, unread: Int, isCurrent: Bool, isLoading: Bool, hasError: Bool,
                filteredCount: Int? = nil) {
        self.filteredCount = filteredCount
        self.id = id
        self.title = title
        self.count = count
        self.unread = unread
        self.isCurrent = isCurrent
        self.isLoading = isLoading
        self.hasError = hasError
    }
}
