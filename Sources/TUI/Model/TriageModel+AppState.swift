import Foundation
import Store

extension TriageModel {
    /// The screen's content for a store state, through the store's selectors.
    public init(state: AppState, scroll: ViewScroll, timeZone: TimeZone = .current) {
        let rows = state.rows
        let tab = state.currentTabState
        let visibleFeed = state.visibleWatchEntries
        self.init(now: state.now, timeZone: timeZone, status: state.statusBar, tabs: state.tabTitles, rows: rows,
                  selectedRow: rows.firstIndex { $0.isSelected }, listScroll: tab?.scroll ?? 0,
                  listLoading: tab.map { $0.members == nil } ?? false, listError: tab?.error,
                  filter: tab?.filter ?? "", isEditingFilter: state.isEditingFilter,
                  detail: state.selectedChange,
                  detailLoading: state.detail?.loading ?? false, detailError: state.detail?.error,
                  scroll: scroll, showBots: state.showBots, people: state.classifierSettings,
                  feed: visibleFeed.reversed(), watchBadge: state.watch.badge, focus: state.focus,
                  overlay: state.overlay, layout: state.layoutPreference)
    }
}
