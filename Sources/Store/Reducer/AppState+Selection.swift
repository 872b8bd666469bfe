import Foundation

extension AppState {
    /// Re-anchors a tab's cursor after its rows changed.
    ///
    /// The selected change stays selected; if it left the list, the cursor stays at the same
    /// index. With `keepScreenRow` the selected row also stays on the same screen line (the
    /// view scrolls with it), so an event never moves what is under the cursor.
    mutating func normalizeSelection(inTab index: Int, keepScreenRow: Bool) {
        guard tabs.indices.contains(index) else { return }
        let rows = visibleNumbers(inTab: index)
        var tab = tabs[index]
        defer { tabs[index] = tab }
        guard !rows.isEmpty else {
            tab.selection = nil
            tab.selectionIndex = 0
            tab.scroll = 0
            return
        }
        let screenRow = tab.selectionIndex - tab.scroll
        let newIndex: Int
        if let selection = tab.selection, let found = rows.firstIndex(of: selection) {
            newIndex = found
        } else {
            newIndex = min(max(0, tab.selectionIndex), rows.count - 1)
            tab.selection = rows[newIndex]
        }
        tab.selectionIndex = newIndex
        if keepScreenRow { tab.scroll = newIndex - screenRow }
        tab.scroll = Self.clampedScroll(tab.scroll, selected: newIndex, count: rows.count, viewport: listViewportRows)
    }

    /// Re-anchors the lists after one change moved (an event, a fetched change): only the tab
    /// on screen, and only when the change is or was on it. The other tabs are re-anchored when
    /// they are shown (`switchTab`), so a burst of events costs a small step each instead of
    /// filtering and sorting every list every time.
    mutating func normalizeCurrentTab(after number: Int, wasOnIt: Bool) {
        guard wasOnIt || isOnCurrentTab(number) else { return }
        normalizeSelection(inTab: currentTab, keepScreenRow: true)
    }

    /// Whether change `number` is a member of the tab on screen.
    func isOnCurrentTab(_ number: Int) -> Bool {
        tabs.indices.contains(currentTab) && tabs[currentTab].members?.contains(number) == true
    }

    /// Re-anchors every tab after the data changed.
    mutating func normalizeAllSelections(keepScreenRow: Bool) {
        for index in tabs.indices {
            normalizeSelection(inTab: index, keepScreenRow: keepScreenRow)
        }
    }

    /// Moves the current tab's cursor to `index` because the user asked; scrolls just enough.
    /// The change it lands on counts as seen.
    mutating func moveCursor(toIndex index: Int) {
        if let number = placeCursor(atIndex: index) { unread.remove(number) }
    }

    /// Puts the current tab's cursor on row `index` (clamped), scrolling just enough; returns
    /// the change under it.
    @discardableResult
    mutating func placeCursor(atIndex index: Int) -> Int? {
        guard tabs.indices.contains(currentTab) else { return nil }
        let rows = visibleNumbers(inTab: currentTab)
        guard !rows.isEmpty else { return nil }
        let target = min(max(0, index), rows.count - 1)
        var tab = tabs[currentTab]
        tab.selection = rows[target]
        tab.selectionIndex = target
        tab.scroll = Self.clampedScroll(tab.scroll, selected: target, count: rows.count, viewport: listViewportRows)
        tabs[currentTab] = tab
        return rows[target]
    }

    /// The current tab's cursor index (0 when empty).
    var currentSelectionIndex: Int {
        guard tabs.indices.contains(currentTab) else { return 0 }
        let tab = tabs[currentTab]
        if let selection = tab.selection, let index = visibleNumbers(inTab: currentTab).firstIndex(of: selection) {
            return index
        }
        return tab.selectionIndex
    }

    /// A scroll offset that keeps `selected` visible and does not show space past the end.
    static func clampedScroll(_ scroll: Int, selected: Int, count: Int, viewport: Int) -> Int {
        let viewport = max(1, viewport)
        var scroll = scroll
        if selected < scroll { scroll = selected }
        if selected >= scroll + viewport { scroll = selected - viewport + 1 }
        scroll = min(scroll, max(0, count - viewport))
        return max(0, scroll)
    }
}
