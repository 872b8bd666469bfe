import Foundation
import Store

extension TriageModel {
    /// The screen's content for a store state, through the store's selectors.
    public init(state: AppState, timeZone: TimeZone = .current) {
        let rows = state.rows
        let tab = state.currentTabState
        let visibleFeed = state.visibleWatchEntries
        let textScroll = state.detail?.commentScroll ?? 0
        // Threads are built only when the comments pane is on screen: a change can carry
        // hundreds of CI messages, and this runs for every frame.
        let comments = state.isWide || state.focus == .comments ? state.commentThreads : nil
        let watchCursor = state.selectedWatchEntry.flatMap { entry in visibleFeed.firstIndex { $0.id == entry.id } }.map { visibleFeed.count - 1 - $0 }
        let scroll = ViewScroll(detail: state.focus == .detail ? textScroll : 0,
                                comments: state.focus == .comments ? textScroll : 0,
                                help: state.helpScroll, watch: watchCursor ?? 0)
        self.init(now: state.now, timeZone: timeZone, status: state.statusBar, tabs: state.tabTitles, rows: rows,
                  selectedRow: rows.firstIndex { $0.isSelected }, listScroll: tab?.scroll ?? 0,
                  listLoading: tab.map { $0.members == nil } ?? false, listError: tab?.error,
                  filter: tab?.filter ?? "", isEditingFilter: state.isEditingFilter,
                  detail: state.selectedChange, comments: comments,
                  detailIsFull: state.detail.map { $0.change != nil && $0.number == state.selectedChange?.number } ?? false,
                  detailLoading: state.detail?.loading ?? false, detailError: state.detail?.error,
                  scroll: scroll, showBots: state.showBots, people: state.classifierSettings,
                  feed: visibleFeed.reversed(), watchBadge: state.watch.badge, focus: state.focus,
                  overlay: state.overlay, confirmation: state.confirmation?.prompt, layout: state.layoutPreference,
                  paletteCompletions: state.paletteCompletions,
                  // Laid out only while it is on screen: a diff can be thousands of rows.
                  diff: state.focus == .diff ? DiffPane(state: state) : nil)
    }
}
