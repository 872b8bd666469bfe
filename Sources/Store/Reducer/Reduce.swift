import Foundation
import GerritClient
import GerritModel

/// Applies `action` to `state` and returns the work to do next.
///
/// Pure: no clock, no I/O. Time comes in on the actions that need it; effects are values the
/// `EffectRunner` carries out, answering with more actions.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = reduceAction(&state, action)
    return effects + state.followSelectionInWideLayout()
}

private func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .launched(let at):
        state.now = at
        state.connection = .connecting
        return state.startQueries() + [.startEventStream, .scheduleTick(after: AppState.tickInterval)]
    case .cachedChangesLoaded(let results, let savedAt):
        state.cacheSavedAt = savedAt
        for (id, changes) in results.sorted(by: { $0.key < $1.key }) {
            // The server may have answered first: never paint older data over it.
            let answered = state.tabs.contains { $0.spec.queryID == id && $0.lastRefresh != nil }
            if !answered { state.storeQueryResult(id, changes, at: state.now, fromServer: false) }
        }
        state.normalizeAllSelections(keepScreenRow: true)
        return []
    case .tick(let now):
        return state.handleTick(now)
    case .resized(let width, let height):
        state.size = TerminalSize(width: width, height: height)
        state.listViewportRows = AppState.defaultViewportRows(for: state.size)
        state.normalizeAllSelections(keepScreenRow: false)
        return []
    case .listViewportChanged(let rows):
        state.listViewportRows = max(1, rows)
        state.normalizeAllSelections(keepScreenRow: false)
        return []
    case .quit:
        state.isQuitting = true
        return [.quit]

    case .moveSelection(let delta):
        state.move(.by(delta))
        return []
    case .selectFirst:
        state.move(.first)
        return []
    case .selectLast:
        state.move(.last)
        return []
    case .pageUp:
        state.move(.by(-state.listViewportRows))
        return []
    case .pageDown:
        state.move(.by(state.listViewportRows))
        return []
    case .selectChange(let number):
        if let index = state.visibleNumbers(inTab: state.currentTab).firstIndex(of: number) {
            state.moveCursor(toIndex: index)
        }
        return []
    case .scrollList(let delta):
        state.scrollCurrentList(by: delta)
        return []

    case .switchTab(let index):
        guard state.tabs.indices.contains(index) else { return [] }
        state.currentTab = index
        state.isEditingFilter = false
        return []
    case .nextTab:
        guard !state.tabs.isEmpty else { return [] }
        state.currentTab = (state.currentTab + 1) % state.tabs.count
        state.isEditingFilter = false
        return []
    case .previousTab:
        guard !state.tabs.isEmpty else { return [] }
        state.currentTab = (state.currentTab + state.tabs.count - 1) % state.tabs.count
        state.isEditingFilter = false
        return []

    case .open:
        return state.openSelected()
    case .back:
        return state.goBack()
    case .focusNext:
        return state.moveFocus(by: 1)
    case .focusPrevious:
        return state.moveFocus(by: -1)
    case .focus(let pane):
        return state.setFocus(pane)

    case .refresh:
        return state.startQueries()
    case .filterEditingStarted:
        state.isEditingFilter = true
        return []
    case .setFilter(let text):
        state.setCurrentFilter(text)
        return []
    case .filterCommitted:
        state.isEditingFilter = false
        return []
    case .filterCancelled:
        state.isEditingFilter = false
        state.setCurrentFilter("")
        return []
    case .cycleSort:
        guard state.tabs.indices.contains(state.currentTab) else { return [] }
        state.tabs[state.currentTab].sort = state.tabs[state.currentTab].sort.next
        state.normalizeSelection(inTab: state.currentTab, keepScreenRow: false)
        return []
    case .toggleBots:
        state.showBots.toggle()
        return []

    case .showHelp:
        state.overlay = .help
        return []
    case .hideOverlay:
        state.overlay = .none
        return []
    case .paletteOpened:
        state.overlay = .palette(input: "")
        return []
    case .paletteInputChanged(let text):
        if case .palette = state.overlay { state.overlay = .palette(input: text) }
        return []
    case .paletteSubmitted:
        guard case .palette(let input) = state.overlay else { return [] }
        state.overlay = .none
        return state.runPaletteCommand(input)

    case .vote(let label, let value):
        return state.vote(label: label, value: value)
    case .postReview(let request):
        return state.post(request)
    case .voteAfterConfirming(let label, let value):
        guard let request = state.voteRequest(label: label, value: value) else { return [] }
        state.confirmation = Confirmation(request: request, prompt: "Post \(AppState.summary(of: request))?")
        return []
    case .confirmReview(let request):
        state.confirmation = Confirmation(request: request, prompt: "Post \(AppState.summary(of: request))?")
        return []
    case .confirmationAccepted:
        guard let confirmation = state.confirmation else { return [] }
        state.confirmation = nil
        return state.post(confirmation.request)
    case .confirmationDismissed:
        state.confirmation = nil
        return []
    case .openInBrowser:
        guard let url = state.selectedURL() else { return [] }
        return [.openURL(url)]
    case .copyURL:
        guard let url = state.selectedURL() else { return [] }
        state.addMessage("Copied \(url)")
        return [.copyToClipboard(url)]

    case .queryFinished(let id, let changes, let at):
        return state.queryFinished(id, changes, at: at)
    case .queryFailed(let id, let message, let at):
        state.now = at
        state.inFlightQueries.remove(id)
        for index in state.tabs.indices where state.tabs[index].spec.queryID == id {
            state.tabs[index].error = message
        }
        state.addMessage(message, kind: .error)
        return []
    case .changeDetailLoaded(let change, let at):
        state.now = at
        guard state.detail?.number == change.number else { return [] }
        state.detail?.change = change
        state.detail?.loading = false
        state.detail?.error = nil
        return []
    case .changeDetailFailed(let number, let message, let at):
        state.now = at
        guard state.detail?.number == number else { return [] }
        state.detail?.loading = false
        state.detail?.error = message
        return []
    case .eventFeed(let update, let at):
        return state.handleFeed(update, at: at)
    case .eventStreamEnded(let at):
        state.now = at
        if case .reconnecting = state.connection { return [] }
        if state.isQuitting { return [] }
        state.scheduleReconnect(at: at)
        return []
    case .reviewFinished(let id, let at):
        state.now = at
        if let pending = state.pendingReviews.first(where: { $0.id == id }) {
            state.addMessage("Posted \(pending.summary)")
        }
        state.pendingReviews.removeAll { $0.id == id }
        return []
    case .reviewFailed(let id, let message, let at):
        state.now = at
        if let pending = state.pendingReviews.first(where: { $0.id == id }) {
            state.addMessage("Could not post \(pending.summary): \(message)", kind: .error)
        }
        state.pendingReviews.removeAll { $0.id == id }
        return []
    }
}

extension AppState {
    /// Seconds between ticks: countdowns in the status bar move once a second.
    public static let tickInterval: Double = 1

    /// Longest wait between reconnect attempts, in seconds.
    public static let maxReconnectDelay: Double = 60

    /// What every list query asks for: enough to classify and to show votes.
    public static let listOptions = QueryOptions(currentPatchSet: true, patchSets: true, allApprovals: true)

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

    /// Query effects for every tab whose query is not already running, one per distinct query.
    mutating func startQueries() -> [Effect] {
        var effects: [Effect] = []
        for tab in tabs where !inFlightQueries.contains(tab.spec.queryID) {
            inFlightQueries.insert(tab.spec.queryID)
            effects.append(.query(id: tab.spec.queryID, query: tab.spec.query, options: Self.listOptions))
        }
        return effects
    }

    mutating func handleTick(_ date: Date) -> [Effect] {
        now = date
        messages.removeAll { $0.expires <= date }
        var effects: [Effect] = []
        if case .reconnecting = connection, let reconnectAt, reconnectAt <= date {
            connection = .connecting
            self.reconnectAt = nil
            effects.append(.startEventStream)
        }
        if refreshInterval > 0, let lastRefresh, date.timeIntervalSince(lastRefresh) >= Double(refreshInterval) {
            effects += startQueries()
        }
        if !isQuitting { effects.append(.scheduleTick(after: Self.tickInterval)) }
        return effects
    }

    /// Puts a query's changes in place, re-classifies them, and sets the members of its tabs.
    ///
    /// Cached results (`fromServer` false) never replace a change already known, which came
    /// from the server or an event and is newer.
    mutating func storeQueryResult(_ id: QueryID, _ results: [Change], at: Date, fromServer: Bool) {
        let classifier = classifierSettings.classifier
        for change in results {
            if !fromServer && changes[change.number] != nil { continue }
            changes[change.number] = change
            categories[change.number] = classifier.categories(of: change, now: at)
        }
        for index in tabs.indices where tabs[index].spec.queryID == id {
            tabs[index].members = results.map(\.number)
            if fromServer {
                tabs[index].lastRefresh = at
                tabs[index].error = nil
            }
        }
    }

    mutating func queryFinished(_ id: QueryID, _ results: [Change], at: Date) -> [Effect] {
        now = at
        inFlightQueries.remove(id)
        lastRefresh = at
        if id == .backfill {
            return mergeBackfill(results, at: at)
        }
        storeQueryResult(id, results, at: at, fromServer: true)
        newChanges.subtract(results.map(\.number))
        if inFlightQueries.isEmpty { newChanges = [] }
        normalizeAllSelections(keepScreenRow: true)
        return []
    }

    /// Merges changes fetched after a reconnect: known ones update in place and turn unread;
    /// unknown ones may belong to any tab, so the tabs refresh.
    mutating func mergeBackfill(_ results: [Change], at: Date) -> [Effect] {
        let classifier = classifierSettings.classifier
        var sawUnknown = false
        for change in results {
            guard let known = changes[change.number] else {
                sawUnknown = true
                continue
            }
            guard known != change else { continue }
            changes[change.number] = change
            categories[change.number] = classifier.categories(of: change, now: at)
            if !isOnScreenInDetail(change.number) { unread.insert(change.number) }
        }
        normalizeAllSelections(keepScreenRow: true)
        return sawUnknown ? startQueries() : []
    }

    /// True when the user is looking at the change's detail right now.
    func isOnScreenInDetail(_ number: Int) -> Bool {
        if detail?.number == number && (focus == .detail || focus == .comments) { return true }
        return isWide && focus == .list && selectedNumber == number
    }

    mutating func setCurrentFilter(_ text: String) {
        guard tabs.indices.contains(currentTab) else { return }
        tabs[currentTab].filter = text
        normalizeSelection(inTab: currentTab, keepScreenRow: false)
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
