import Foundation
import Store

extension TriageModel {
    /// The screen's content for a store state, through the store's selectors.
    ///
    /// - Parameter memo: what an earlier model of the same loop kept (row facts, comment
    ///   threads); the model is the same with or without it.
    public init(state: AppState, timeZone: TimeZone = .current, memo: TriageModelMemo? = nil) {
        memo?.beginFrame(state)
        defer { memo?.endFrame() }
        let tab = state.currentTabState
        // Only the rows that can be on screen become row values: a list of 20,000 changes
        // would otherwise cost 20,000 vote summaries and comment-thread counts every frame.
        // The window starts at the list's scroll and is as tall as the terminal, so the view
        // always has enough whatever the layout makes of the height.
        let numbers = state.visibleNumbers(inTab: state.currentTab)
        let first = min(max(0, tab?.scroll ?? 0), max(0, numbers.count - 1))
        let window = numbers.dropFirst(first).prefix(max(state.listViewportRows, state.size.height, 1))
        let selection = tab?.selection
        let rows = window.compactMap { number in
            state.changes[number].map { change in
                state.row(for: change, isSelected: number == selection, facts: memo?.facts(of: change, in: state))
            }
        }
        // The pane is never taller than the terminal.
        let feed = state.watchWindow(rows: max(state.size.height, 1))
        let textScroll = state.detail?.commentScroll ?? 0
        // Threads are built only when the comments pane is on screen: a change can carry
        // hundreds of CI messages, and this runs for every frame.
        let comments = state.isWide || state.focus == .comments ? memo?.commentThreads(in: state) ?? state.commentThreads : nil

        let scroll = ViewScroll(detail: state.focus == .detail ? textScroll : 0,
                                comments: state.focus == .comments ? textScroll : 0,
                                help: state.helpScroll, watch: feed.cursor ?? 0, markedThread: state.detail?.markedThread)
        self.init(now: state.now, timeZone: timeZone, status: state.statusBar, tabs: state.tabTitles, rows: rows,
                  selectedRow: rows.firstIndex { $0.isSelected }, listScroll: 0,
                  rowsAbove: first, rowsBelow: max(0, numbers.count - first - window.count),
                  listLoading: tab.map { $0.members == nil || $0.isPartial } ?? false, listError: tab?.error,
                  filter: tab?.filter ?? "", isEditingFilter: state.isEditingFilter,
                  detail: state.selectedChange, comments: comments,
                  detailIsFull: state.detail.map { $0.change != nil && $0.number == state.selectedChange?.number } ?? false,
                  detailLoading: state.detail?.loading ?? false, detailError: state.detail?.error,
                  scroll: scroll, showBots: state.showBots, people: state.classifierSettings,
                  feed: feed.entries, feedCount: feed.count, watchBadge: state.watch.badge, focus: state.focus,
                  overlay: state.overlay, confirmation: state.confirmation?.prompt, layout: state.layoutPreference,
                  paletteCompletions: state.paletteCompletions,
                  // Laid out only while it is on screen: a diff can be thousands of rows.
                  diff: state.focus == .diff ? DiffPane(state: state) : nil)
    }
}
