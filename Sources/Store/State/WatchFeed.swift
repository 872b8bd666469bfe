import Reports

/// The recent events, oldest first, capped so a long session does not grow without bound.
public struct WatchFeed: Sendable, Hashable {
    /// The entries kept, oldest first.
    public private(set) var entries: [WatchEntry]
    /// How many entries are kept.
    public var capacity: Int
    /// The id the next entry gets.
    public private(set) var nextID: Int
    /// Entries that concern me since the watch pane was last looked at.
    public var badge: Int
    /// Folds ref updates into the lines they repeat, as `watch` does.
    private var folder = RefUpdateFolder()

    public init(capacity: Int = 500, entries: [WatchEntry] = [], nextID: Int = 1, badge: Int = 0) {
        self.capacity = max(1, capacity)
        self.entries = entries
        self.nextID = nextID
        self.badge = badge
    }

    /// Adds an entry, giving it the next id and dropping the oldest beyond capacity; a ref
    /// update that only repeats a line already in the feed is folded into it instead.
    public mutating func append(_ entry: WatchEntry) {
        guard !folder.folds(entry.summary) else { return }
        var entry = entry
        entry.id = nextID
        nextID += 1
        entries.append(entry)
        if entries.count > capacity {
            entries.removeFirst(entries.count - capacity)
        }
        if entry.concernsMe { badge += 1 }
    }
}
