import Foundation
import GerritModel

/// Applies `action` to `state` and returns the work to do next.
///
/// Pure: no clock, no I/O. Time comes in on the actions that need it; effects are values the
/// `EffectRunner` carries out, answering with more actions.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = reduceAction(&state, action)
    let following = state.followSelectionInWideLayout()
    // Last: whatever the action changed, the diff's page is laid out again only if it must be.
    state.keepDiffDocumentCurrent()
    return effects + following
}

private func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .launched(let at):
        state.now = at
        state.connection = .connecting
        // The lists as the cache last saw them come first; the server's answers replace them.
        return [.loadCachedLists(state.tabQueries, firstPiece: state.firstCachedPiece)] + state.startQueries()
            + [.startEventStream(backfillOptions: AppState.listOptions), .scheduleTick(after: AppState.tickInterval),
               .loadLocalState, .detectServerVersion]
    case .cachedChangesLoaded(let id, let changes, let savedAt, let complete):
        // Lists arrive one by one: the status bar gives the age of the oldest.
        state.cacheSavedAt = min(state.cacheSavedAt ?? savedAt, savedAt)
        // The server may have answered first: never paint older data over it.
        guard !state.tabs.contains(where: { $0.spec.queryID == id && $0.lastRefresh != nil }) else { return [] }
        state.storeCachedPiece(id, changes, complete: complete)
        for index in state.tabs.indices where state.tabs[index].spec.queryID == id {
            state.normalizeSelection(inTab: index, keepScreenRow: true)
        }
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
    case .textPaneMeasured(let metrics):
        state.textMetrics = metrics
        return []

    case .commandInvoked(let id, let argument):
        return state.invoke(id, argument: argument)
    case .rowClicked(let number):
        if let index = state.visibleNumbers(inTab: state.currentTab).firstIndex(of: number) {
            state.moveCursor(toIndex: index)
        }
        return []
    case .tabClicked(let index):
        state.showTab(index)
        return []
    case .paneClicked(let pane):
        return state.setFocus(pane)
    case .wheelScrolled(let delta):
        switch state.focus {
        case .list: state.scrollCurrentList(by: delta)
        default: state.move(.by(delta))
        }
        return []

    case .filterTextChanged(let text):
        state.setCurrentFilter(text)
        return []
    case .filterCommitted:
        state.isEditingFilter = false
        return []
    case .filterCancelled:
        state.isEditingFilter = false
        state.setCurrentFilter("")
        return []

    case .paletteTextChanged(let text):
        guard case .palette = state.overlay else { return [] }
        state.overlay = .palette(input: text, selection: 0)
        return []
    case .paletteSelectionMoved(let delta):
        guard case .palette(let input, let selection) = state.overlay else { return [] }
        let count = state.paletteCompletions.count
        guard count > 0 else { return [] }
        state.overlay = .palette(input: input, selection: min(max(0, selection + delta), count - 1))
        return []
    case .paletteCompleted:
        guard case .palette(_, let selection) = state.overlay else { return [] }
        let completions = state.paletteCompletions
        guard completions.indices.contains(selection) else { return [] }
        state.overlay = .palette(input: completions[selection].completion, selection: 0)
        return []
    case .paletteSubmitted:
        guard case .palette(let input, let selection) = state.overlay else { return [] }
        state.overlay = .none
        return state.runPaletteInput(input, selection: selection)

    case .confirmationAnswered(let yes):
        guard let confirmation = state.confirmation else { return [] }
        state.confirmation = nil
        if yes { return state.post(confirmation.request) }
        guard confirmation.keepsDraftOnNo else { return [] }
        state.keepUnsent(confirmation.request, status: .failed("kept as a draft"))
        return state.saveLocal()
    case .composeEdited(let edit):
        return state.composeEdited(edit)
    case .draftSaveDelayPassed:
        return state.draftSaveDelayPassed()
    case .composeFinished:
        return state.composeFinished()
    case .composeCancelled:
        return state.composeCancelled()
    case .textEdited(let purpose, let text, let problem):
        return state.textEdited(purpose, text: text, problem: problem)
    case .formRowMoved(let delta):
        state.formRowMoved(by: delta)
        return []
    case .formValueStepped(let delta):
        state.formValueStepped(by: delta)
        return []
    case .formValueSet(let value):
        state.formValueSet(value)
        return []
    case .formSubmitted:
        return state.formSubmitted()
    case .formMessageEditRequested:
        return state.formMessageEditRequested()
    case .noticePosted(let text):
        state.addMessage(text)
        return []

    case .queryFinished(let id, let changes, let at):
        return state.queryFinished(id, changes, at: at)
    case .queryFailed(let id, let message, let at):
        state.now = at
        if let (_, tab) = id.membership {
            state.addMessage(message, kind: .error)
            return state.membershipFailed(tab: tab)
        }
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
        // Shown now: it is no longer news.
        if state.isOnScreenInDetail(change.number) { state.unread.remove(change.number) }
        return []
    case .changeDetailFailed(let number, let message, let at):
        state.now = at
        guard state.detail?.number == number else { return [] }
        state.detail?.loading = false
        state.detail?.eventsWhileLoading = []
        state.detail?.error = message
        return []
    case .diffProgress(let change, let text):
        state.diffProgress(change: change, text: text)
        return []
    case .diffLoaded(let diff, let at):
        state.diffLoaded(diff, at: at)
        return []
    case .diffFailed(let change, let patchSet, let base, let message, let at):
        state.diffFailed(change: change, patchSet: patchSet, base: base, message: message, at: at)
        return []
    case .eventFeed(let update, let at):
        return state.handleFeed(update, at: at)
    case .eventStreamEnded(let at):
        state.eventStreamEnded(at: at)
        return []
    case .changesFetched(let results, let at):
        return state.changesFetched(results, at: at)
    case .changesFetchFailed(let numbers, let message, let at):
        return state.changesFetchFailed(numbers, message: message, at: at)
    case .reviewFinished(let id, let at):
        return state.reviewFinished(id: id, at: at)
    case .reviewFailed(let id, let message, let at):
        return state.reviewFailed(id: id, reason: message, at: at)
    case .localStateLoaded(let loaded, let problem):
        return state.localStateLoaded(loaded, problem: problem)
    case .localStateSaveFailed(let problem):
        state.addMessage(problem, kind: .error)
        return []
    case .serverVersionFound(let major, let minor):
        return state.serverVersionFound(major: major, minor: minor)
    }
}
