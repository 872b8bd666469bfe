import Foundation
import GerritModel

extension AppState {
    /// The change numbers of tab `index` as shown: members in its category, filtered, sorted.
    ///
    /// - Parameter applyingFilter: false counts what waits in the list whatever the `/` filter.
    public func visibleNumbers(inTab index: Int, applyingFilter: Bool = true) -> [Int] {
        guard tabs.indices.contains(index) else { return [] }
        let tab = tabs[index]
        let needle = applyingFilter ? tab.filter.trimmingCharacters(in: .whitespaces).lowercased() : ""
        var shown: [Change] = []
        for number in tab.members ?? [] {
            guard let change = changes[number] else { continue }
            if let category = tab.spec.category {
                guard change.isOpen, categories[number]?.contains(category) == true else { continue }
                // Marked reviewed here: off the todo lists until a new patch set or comment.
                if !local.reviewed.isEmpty, isMarkedReviewed(change) { continue }
            }
            if !needle.isEmpty && !Self.searchText(of: change).contains(needle) { continue }
            shown.append(change)
        }
        return Self.sorted(shown, by: tab.sort).map(\.number)
    }

    /// The change numbers tab `index` shows, in member order, not sorted: what counts need.
    ///
    /// Drawn every frame for every tab (the tab bar), so it avoids what `visibleNumbers` pays
    /// for display order: copying each change out for the sort, and the sort itself.
    func shownNumbers(inTab index: Int, applyingFilter: Bool = true) -> [Int] {
        guard tabs.indices.contains(index) else { return [] }
        let tab = tabs[index]
        let needle = applyingFilter ? tab.filter.trimmingCharacters(in: .whitespaces).lowercased() : ""
        guard needle.isEmpty else { return visibleNumbers(inTab: index, applyingFilter: applyingFilter) }
        return (tab.members ?? []).filter { number in
            guard let category = tab.spec.category else { return changes.keys.contains(number) }
            return categories[number]?.contains(category) == true && changes[number]?.isOpen == true
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

    static func sorted(_ changes: [Change], by order: SortOrder) -> [Change] {
        // Every order breaks ties by number so equal rows never swap between renders.
        switch order {
        case .server:
            return changes
        case .updated:
            return changes.sorted { lhs, rhs in
                let l = lhs.lastUpdated ?? .distantPast, r = rhs.lastUpdated ?? .distantPast
                return l != r ? l > r : lhs.number > rhs.number
            }
        case .oldest:
            return changes.sorted { lhs, rhs in
                let l = lhs.createdOn ?? .distantFuture, r = rhs.createdOn ?? .distantFuture
                return l != r ? l < r : lhs.number < rhs.number
            }
        case .project:
            return changes.sorted { lhs, rhs in
                let l = lhs.project ?? "", r = rhs.project ?? ""
                return l != r ? l < r : lhs.number < rhs.number
            }
        case .number:
            return changes.sorted { $0.number > $1.number }
        }
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
