import Foundation
import GerritModel
import GerritRemote
import Reports

extension AppState {
    /// The current tab's rows, filtered and sorted, ready to draw.
    public var rows: [ChangeRow] { rows(inTab: currentTab) }

    /// The rows of tab `index`, filtered and sorted.
    public func rows(inTab index: Int) -> [ChangeRow] {
        let selection = tabs.indices.contains(index) ? tabs[index].selection : nil
        return visibleNumbers(inTab: index).compactMap { number in
            changes[number].map { row(for: $0, isSelected: number == selection) }
        }
    }

    /// The row values of one change.
    ///
    /// - Parameter facts: `rowFacts(of: change)`, when the caller kept them from an earlier frame.
    public func row(for change: Change, isSelected: Bool, facts: ChangeRowFacts? = nil) -> ChangeRow {
        let facts = facts ?? rowFacts(of: change)
        return ChangeRow(number: change.number, project: change.project ?? "", branch: change.branch ?? "",
                         subject: change.subject ?? "", owner: change.owner?.displayName ?? "",
                         updated: change.lastUpdated, age: change.lastUpdated.map { now.timeIntervalSince($0) },
                         votes: facts.votes, ci: facts.ci, isUnread: unread.contains(change.number),
                         unresolvedComments: facts.unresolvedComments, isSelected: isSelected, isWIP: change.wip ?? false,
                         status: change.status, hasPendingReview: hasPendingReview(change.number))
    }

    /// What a row shows that follows from the change and the bots alone: the costly part of a
    /// row (CI messages read, votes summed, threads counted), which a UI may keep from frame
    /// to frame while the change and `classifierSettings` stay the same.
    public func rowFacts(of change: Change) -> ChangeRowFacts {
        ChangeRowFacts(votes: labelSummaries(of: change), ci: classifierSettings.ciVerdict(of: change),
                       unresolvedComments: Self.unresolvedThreads(of: change))
    }

    /// Unresolved inline threads, or nil when the change came without its comments.
    static func unresolvedThreads(of change: Change) -> Int? {
        let patchSets = change.patchSets + (change.currentPatchSet.map { [$0] } ?? [])
        guard !change.comments.isEmpty || patchSets.contains(where: { !$0.comments.isEmpty }) else { return nil }
        return CommentThreads.unresolvedCount(of: change)
    }

    func labelSummaries(of change: Change) -> [LabelSummary] {
        let bots = classifierSettings.botMatcher
        return change.votesByLabel.compactMap { label, approvals in
            let values = Array(Set(approvals.map(\.value).filter { $0 != 0 })).sorted(by: >)
            guard !values.isEmpty else { return nil }
            let human = approvals.contains { $0.value != 0 && !bots.isBot($0.by) }
            return LabelSummary(label: label, abbreviation: LabelSummary.abbreviation(for: label),
                                values: values, hasHumanVote: human)
        }
    }

    /// The tab bar: titles with how many changes wait in each list.
    public var tabTitles: [TabTitle] {
        tabs.indices.map { index in
            let tab = tabs[index]
            let shown = shownCount(inTab: index, applyingFilter: false)
            let loaded = tab.members != nil && !tab.isPartial
            return TabTitle(id: tab.id, title: tab.spec.title, count: loaded ? shown.all : nil,
                            unread: shown.unread, isCurrent: index == currentTab,
                            isLoading: inFlightQueries.contains(tab.spec.queryID), hasError: tab.error != nil,
                            filteredCount: loaded && !tab.filter.isEmpty ? shownCount(inTab: index).all : nil)
        }
    }

    /// The distinct list queries the tabs run, the current tab's first, then in tab order: what
    /// a cache warm start looks up (answered list by list with `cachedChangesLoaded`, so the
    /// tab on screen is painted before the others are read).
    /// How many changes of the tab on screen a warm start reads from the cache before its first
    /// frame (the rest follows at once): a few screenfuls, enough to fill the list when the
    /// tab's category keeps one change in several. A list of 2,500 cached changes took ~40 ms
    /// to decode and ~12 ms to classify, most of the time to the first rows.
    public var firstCachedPiece: Int { max(Self.minimumFirstCachedPiece, listViewportRows * 5) }
    static let minimumFirstCachedPiece = 250

    public var tabQueries: [ListQuery] {
        var seen: Set<QueryID> = []
        let order = tabs.indices.contains(currentTab) ? [tabs[currentTab]] + tabs : tabs
        return order.compactMap { tab in
            guard seen.insert(tab.spec.queryID).inserted else { return nil }
            return ListQuery(id: tab.spec.queryID, query: tab.spec.query, options: Self.listOptions)
        }
    }

    /// The current tab, if there is one.
    public var currentTabState: TabState? {
        tabs.indices.contains(currentTab) ? tabs[currentTab] : nil
    }

    /// The change the detail pane shows: the opened one (full record once loaded) when a
    /// detail pane has focus, else the list selection.
    public var selectedChange: Change? {
        if let detail, focus == .detail || focus == .comments || detail.number == selectedNumber {
            if let full = detail.change { return full }
            if let listed = changes[detail.number] { return listed }
        }
        return selectedNumber.flatMap { changes[$0] }
    }

    /// Watch entries to show, oldest first: bots' comments left out unless bots are shown
    /// (Reports' `EventFilter`, as `watch` filters them).
    public var visibleWatchEntries: [WatchEntry] {
        let filter = EventFilter(includeBots: showBots)
        return watch.entries.filter { filter.accepts($0.summary) }
    }

    /// What the watch pane can show, built for every frame while events arrive: the
    /// `visibleWatchEntries` newest first, down to `rows` past the newest or to the one under
    /// the watch cursor, whichever is further; how many are visible in all; and the cursor's
    /// place among them (nil when the entry it was on is gone). Copying the whole feed (500
    /// entries) for each frame was a tenth of the UI's time under a flood of events.
    public func watchWindow(rows: Int) -> (entries: [WatchEntry], count: Int, cursor: Int?) {
        let filter = EventFilter(includeBots: showBots)
        var entries: [WatchEntry] = []
        var count = 0
        var cursor: Int? = watchSelection == nil ? 0 : nil
        for entry in watch.entries.reversed() where filter.accepts(entry.summary) {
            if entry.id == watchSelection { cursor = count }
            if count < rows || cursor == nil || count <= cursor ?? 0 { entries.append(entry) }
            count += 1
        }
        if count == 0 { cursor = nil }
        return (entries, count, cursor)
    }

    /// The comments pane: Reports' threads of the selected change, as `comments` groups them,
    /// bots' comments shown only when asked; nil with no change selected.
    public var commentThreads: CommentThreads? {
        selectedChange.map { CommentThreads(change: $0, options: classifierSettings.commentOptions(showingBots: showBots)) }
    }

    /// The status bar's pieces.
    public var statusBar: StatusBar {
        let (text, tone) = connectionText
        let refresh: String
        if let state = diff, state.loading, let progress = state.progress {
            refresh = progress
        } else if !inFlightQueries.isEmpty {
            refresh = "refreshing…"
        } else if let lastRefresh {
            let age = Age(of: lastRefresh, now: now)
            refresh = age.unit == .justNow ? "refreshed just now" : "refreshed \(age.compact) ago"
        } else {
            refresh = ""
        }
        var listInfo: [String] = []
        if let tab = currentTabState {
            if tab.sort != .server { listInfo.append("sorted by \(tab.sort.title)") }
            if !tab.filter.isEmpty || isEditingFilter { listInfo.append("filter: \(tab.filter)") }
        }
        return StatusBar(server: serverName, user: user, connection: text, connectionTone: tone,
                         connectionDetail: connection == .live ? nil : offlineReason, canRetry: canRetryConnection,
                         refresh: refresh, pending: pendingReviews.count + inFlightQueries.count + fetchingChanges.count,
                         message: messages.last,
                         listInfo: listInfo.joined(separator: " · "))
    }

    /// The connection piece of the status bar.
    var connectionText: (String, StatusBar.Tone) {
        switch connection {
        case .live:
            return ("● live", .good)
        case .connecting:
            return ("connecting…", .waiting)
        case .reconnecting(let attempt, _, _):
            let seconds = max(0, Int((reconnectAt ?? now).timeIntervalSince(now).rounded(.up)))
            // After a few failures the server is as good as gone: say so, and how old the data is.
            if attempt >= 3 {
                return ("offline\(cacheAgeText) · retry in \(seconds) s", .bad)
            }
            return ("reconnecting in \(seconds) s", .waiting)
        case .offline:
            return ("offline\(cacheAgeText)", .bad)
        }
    }

    /// The feed gave up (or ended): only the user can start it again.
    var canRetryConnection: Bool {
        if case .offline = connection { return true }
        return false
    }

    private var cacheAgeText: String {
        guard let dataTime = lastRefresh ?? cacheSavedAt else { return "" }
        let age = Age(of: dataTime, now: now)
        return age.unit == .justNow ? " · data under 1m old" : " · data \(age.compact) old"
    }
}
