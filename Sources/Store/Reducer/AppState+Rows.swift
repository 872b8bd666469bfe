import Foundation
import GerritModel

extension AppState {
    /// The change numbers of tab `index` as shown: members in its category, filtered, sorted.
    ///
    /// Asked for every key that moves the cursor and for every frame, over lists of thousands:
    /// only numbers and sort keys are copied, never whole changes.
    ///
    /// - Parameter applyingFilter: false counts what waits in the list whatever the `/` filter.
    public func visibleNumbers(inTab index: Int, applyingFilter: Bool = true) -> [Int] {
        guard tabs.indices.contains(index) else { return [] }
        return sortedNumbers(shownNumbers(inTab: index, applyingFilter: applyingFilter), by: tabs[index].sort)
    }

    /// The change numbers tab `index` shows, in member order, not sorted: what `visibleNumbers`
    /// sorts. Rows and the tab bar's counts share one test of membership (`forEachShown`), so a
    /// count never differs from the rows under it.
    func shownNumbers(inTab index: Int, applyingFilter: Bool = true) -> [Int] {
        var shown: [Int] = []
        shown.reserveCapacity(tabs.indices.contains(index) ? tabs[index].members?.count ?? 0 : 0)
        forEachShown(inTab: index, applyingFilter: applyingFilter) { shown.append($0) }
        return shown
    }

    /// How many changes tab `index` shows, and how many of them are unread: the tab bar asks for
    /// every tab on every frame, so nothing is collected.
    func shownCount(inTab index: Int, applyingFilter: Bool = true) -> (all: Int, unread: Int) {
        var all = 0, unreadCount = 0
        let checkUnread = !unread.isEmpty
        forEachShown(inTab: index, applyingFilter: applyingFilter) { number in
            all += 1
            if checkUnread, unread.contains(number) { unreadCount += 1 }
        }
        return (all, unreadCount)
    }

    /// Calls `body` with each change number tab `index` shows, in member order: members in its
    /// category (not marked reviewed), matching the `/` filter if asked.
    private func forEachShown(inTab index: Int, applyingFilter: Bool, _ body: (Int) -> Void) {
        guard tabs.indices.contains(index) else { return }
        let tab = tabs[index]
        let needle = applyingFilter ? tab.filter.trimmingCharacters(in: .whitespaces).lowercased() : ""
        let category = tab.spec.category
        let checkReviewed = category != nil && !local.reviewed.isEmpty
        for number in tab.members ?? [] {
            guard let position = changes.index(forKey: number) else { continue }
            if let category {
                guard changes.values[position].isOpen, categories[number]?.contains(category) == true else { continue }
                // Marked reviewed here: off the todo lists until a new patch set or comment.
                if checkReviewed, isMarkedReviewed(changes.values[position]) { continue }
            }
            if !needle.isEmpty && !Self.searchText(of: changes.values[position]).contains(needle) { continue }
            body(number)
        }
    }

    /// The text the `/` filter searches: number, project, branch, topic, subject and owner.
    static func searchText(of change: Change) -> String {
        [String(change.number), change.project, change.branch, change.topic, change.subject,
         change.owner?.name, change.owner?.username, change.owner?.email]
            .compactMap { $0 }
            .joined(separator: " ")
            .lowercased()
    }

    /// `numbers` (all known changes) in `order`; every order breaks ties by number so equal rows
    /// never swap between renders. Sorts (key, number) pairs, not changes.
    func sortedNumbers(_ numbers: [Int], by order: SortOrder) -> [Int] {
        switch order {
        case .server:
            return numbers
        case .updated:
            return Self.sorted(numbers, descending: true) { changes[$0]?.lastUpdated ?? .distantPast }
        case .oldest:
            return Self.sorted(numbers, descending: false) { changes[$0]?.createdOn ?? .distantFuture }
        case .project:
            return Self.sorted(numbers, descending: false) { changes[$0]?.project ?? "" }
        case .number:
            return numbers.sorted(by: >)
        }
    }

    /// `numbers` by `key`, ties by number in the same direction.
    private static func sorted<Key: Comparable>(_ numbers: [Int], descending: Bool, key: (Int) -> Key) -> [Int] {
        var keyed: [(key: Key, number: Int)] = numbers.map { (key($0), $0) }
        if descending {
            keyed.sort { $0.key != $1.key ? $0.key > $1.key : $0.number > $1.number }
        } else {
            keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.number < $1.number }
        }
        return keyed.map(\.number)
    }

    /// True when list and detail are side by side.
    public var isWide: Bool {
        switch layoutPreference {
        case .wide: return true
        case .narrow: return false
        case .auto: return size.width >= TerminalSize.wideThreshold
        }
    }

    /// The selected change number of the current tab.
    public var selectedNumber: Int? {
        tabs.indices.contains(currentTab) ? tabs[currentTab].selection : nil
    }
}
