import Foundation
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
        return state.startQueries() + [.startEventStream(backfillOptions: AppState.listOptions),
                                       .scheduleTick(after: AppState.tickInterval)]
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
        // Events re-anchor only the tab on screen; this one catches up now.
        state.normalizeSelection(inTab: state.currentTab, keepScreenRow: true)
        return []
    case .nextTab:
        guard !state.tabs.isEmpty else { return [] }
        state.currentTab = (state.currentTab + 1) % state.tabs.count
        state.isEditingFilter = false
        // Events re-anchor only the tab on screen; this one catches up now.
        state.normalizeSelection(inTab: state.currentTab, keepScreenRow: true)
        return []
    case .previousTab:
        guard !state.tabs.isEmpty else { return [] }
        state.currentTab = (state.currentTab + state.tabs.count - 1) % state.tabs.count
        state.isEditingFilter = false
        // Events re-anchor only the tab on screen; this one catches up now.
        state.normalizeSelection(inTab: state.currentTab, keepScreenRow: true)
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
        return state.startQueries() + state.retryEventStreamIfOffline()
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
        state.helpScroll = 0
        return []
    case .helpScrolled(let row):
        guard state.overlay == .help else { return [] }
        state.helpScroll = max(0, row)
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
        return [.host(.openURL(url))]
    case .copyURL:
        guard let url = state.selectedURL() else { return [] }
        state.addMessage("Copied \(url)")
        return [.host(.copyToClipboard(url))]
    case .noticePosted(let text):
        state.addMessage(text)
        return []

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
        guard var detail = state.detail, detail.number == change.number else { return [] }
        // Events that came while it loaded may be newer than the answer: apply them again.
        detail.change = detail.eventsWhileLoading.reduce(change) { $0.applying($1, at: at) }
        detail.eventsWhileLoading = []
        detail.loading = false
        detail.error = nil
        state.detail = detail
        return []
    case .changeDetailFailed(let number, let message, let at):
        state.now = at
        guard state.detail?.number == number else { return [] }
        state.detail?.loading = false
        state.detail?.eventsWhileLoading = []
        state.detail?.error = message
        return []
    case .eventFeed(let update, let at):
        return state.handleFeed(update, at: at)
    case .eventStreamEnded(let at):
        state.eventStreamEnded(at: at)
        return []
    case .changeFetched(let number, let change, let reviewed, let at):
        state.changeFetched(number, change, reviewedByMe: reviewed, at: at)
        return state.startNextFetch()
    case .changeFetchFailed(let number, let message, let at):
        state.now = at
        state.fetchingChanges[number] = nil
        state.addMessage("change \(number): \(message)", kind: .error)
        return state.startNextFetch()
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
