import Foundation
import GerritModel
import GerritRemote

// Queries, their results, timers and small helpers the reducer shares.
extension AppState {
    /// Seconds between ticks: countdowns in the status bar move once a second.
    public static let tickInterval: Double = 1

    /// What list queries ask for: enough to classify and show votes, inline comments so every
    /// row can count unresolved threads, and submit records so a vote from the list knows the
    /// change's labels. Catch-ups and one-change fetches ask the same.
    public static let listOptions = QueryOptions(currentPatchSet: true, patchSets: true, allApprovals: true,
                                                 comments: true, submitRecords: true)

    /// How long the cursor rests on a change before the wide layout's detail loads it.
    public static let detailFollowDelay: Double = 0.2

    /// In the wide layout the detail pane shows the list selection: when the selection moved to
    /// another change, show it (from the list data) and fetch its full record shortly.
    mutating func followSelectionInWideLayout() -> [Effect] {
        guard isWide, focus == .list, !isQuitting, let number = selectedNumber, detail?.number != number else { return [] }
        detail = DetailState(number: number, loading: true)
        return [.prefetchChangeDetail(number: number, options: .everything, delay: Self.detailFollowDelay)]
    }

    /// A status-bar message that expires after `StatusMessage.lifetime`.
    mutating func addMessage(_ text: String, kind: StatusMessage.Kind = .info) {
        messages.append(StatusMessage(text: text, kind: kind, expires: now.addingTimeInterval(StatusMessage.lifetime)))
    }

    /// Query effects for every tab whose query is not already running, one per distinct query,
    /// the tab on screen first (list queries run one at a time: it is answered first).
    mutating func startQueries() -> [Effect] {
        var effects: [Effect] = []
        let onScreen = tabs.indices.contains(currentTab) ? [currentTab] : []
        for tab in (onScreen + tabs.indices.filter { $0 != currentTab }).map({ tabs[$0] })
        where !inFlightQueries.contains(tab.spec.queryID) {
            inFlightQueries.insert(tab.spec.queryID)
            effects.append(.query(id: tab.spec.queryID, query: tab.spec.query, options: Self.listOptions))
        }
        return effects
    }

    mutating func handleTick(_ date: Date) -> [Effect] {
        now = date
        messages.removeAll { $0.expires <= date }
        var effects: [Effect] = []
        if reclassifyIfStale(at: date) { normalizeAllSelections(keepScreenRow: true) }
        if refreshInterval > 0, let lastRefresh, date.timeIntervalSince(lastRefresh) >= Double(refreshInterval) {
            effects += startQueries()
        }
        if !isQuitting { effects.append(.scheduleTick(after: Self.tickInterval)) }
        return effects
    }

    /// Puts a query's changes in place, re-classifies them, and sets the members of its tabs.
    ///
    /// Cached results (`fromServer` false) never replace a change already known, which came
    /// from the server or an event and is newer; server results replace it unless it is newer.
    mutating func storeQueryResult(_ id: QueryID, _ results: [Change], at: Date, fromServer: Bool) {
        storeChanges(of: id, results, at: at, fromServer: fromServer)
        let numbers = results.map(\.number)
        for index in tabs.indices where tabs[index].spec.queryID == id {
            tabs[index].members = numbers
            tabs[index].isPartial = false
            if fromServer {
                tabs[index].lastRefresh = at
                tabs[index].error = nil
            }
        }
    }

    /// Puts a piece of a cached list in place (see `Action.cachedChangesLoaded`): a first piece
    /// or a whole list becomes the members of its tabs, the rest of a list whose first piece is
    /// in goes after it.
    mutating func storeCachedPiece(_ id: QueryID, _ piece: [Change], complete: Bool) {
        storeChanges(of: id, piece, at: now, fromServer: false)
        let numbers = piece.map(\.number)
        for index in tabs.indices where tabs[index].spec.queryID == id {
            if tabs[index].isPartial, let members = tabs[index].members {
                let present = Set(members)
                tabs[index].members = members + numbers.filter { !present.contains($0) }
            } else {
                tabs[index].members = numbers
            }
            tabs[index].isPartial = !complete
        }
    }

    /// Puts a query's changes in place and re-classifies them (the first half of
    /// `storeQueryResult`, which also sets the members).
    private mutating func storeChanges(of id: QueryID, _ results: [Change], at: Date, fromServer: Bool) {
        noteReviewer(from: id, results)
        for change in results {
            if let known = changes[change.number] {
                if !fromServer { continue }
                // A query that left before an event arrived must not undo what the event told us.
                if let knownUpdate = known.lastUpdated, let incoming = change.lastUpdated, knownUpdate > incoming { continue }
            }
            changes[change.number] = change
            categories[change.number] = classify(change, at: at)
            if localLoaded { markUnreadIfChangedSinceSeen(change.number, change) }
        }
    }

    mutating func queryFinished(_ id: QueryID, _ results: [Change], at: Date) -> [Effect] {
        now = at
        if let (numbers, tab) = id.membership {
            return membershipAnswered(numbers, tab: tab, results)
        }
        inFlightQueries.remove(id)
        lastRefresh = at
        storeQueryResult(id, results, at: at, fromServer: true)
        normalizeAllSelections(keepScreenRow: true)
        return []
    }

    /// True when the user is looking at the change's detail right now.
    func isOnScreenInDetail(_ number: Int) -> Bool {
        if detail?.number == number && (focus == .detail || focus == .comments) { return true }
        return isWide && focus == .list && selectedNumber == number
    }

    /// Filters the current tab as the user types; the cursor goes to the first match. Clearing
    /// the filter keeps the cursor on the change it was on.
    mutating func setCurrentFilter(_ text: String) {
        guard tabs.indices.contains(currentTab) else { return }
        let changed = tabs[currentTab].filter != text
        tabs[currentTab].filter = text
        normalizeSelection(inTab: currentTab, keepScreenRow: false)
        if changed && !text.isEmpty { placeCursor(atIndex: 0) }
    }

    mutating func scrollCurrentList(by delta: Int) {
        guard tabs.indices.contains(currentTab) else { return }
        let rows = visibleNumbers(inTab: currentTab)
        guard !rows.isEmpty else { return }
        let viewport = max(1, listViewportRows)
        var tab = tabs[currentTab]
        tab.scroll = max(0, min(tab.scroll + delta, max(0, rows.count - viewport)))
        tabs[currentTab] = tab
        // The cursor is dragged along so it never leaves the visible rows.
        let index = currentSelectionIndex
        let clampedIndex = min(max(index, tab.scroll), tab.scroll + viewport - 1)
        if clampedIndex != index { moveCursor(toIndex: clampedIndex) }
    }
}
