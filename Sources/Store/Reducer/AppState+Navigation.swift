import Reports

extension AppState {
    /// Enter: list → the selected change's detail (loading its full record) → its comments.
    mutating func openSelected() -> [Effect] {
        switch focus {
        case .list:
            guard let number = selectedNumber else { return [] }
            history.append(.list)
            focus = .detail
            unread.remove(number)
            return showDetail(number, forceReload: true)
        case .detail:
            guard detail != nil else { return [] }
            history.append(.detail)
            focus = .comments
            return []
        case .watch:
            guard let number = selectedWatchEntry?.change else { return [] }
            history.append(.watch)
            focus = .detail
            unread.remove(number)
            return showDetail(number, forceReload: true)
        case .comments, .diff:
            return []
        }
    }

    /// Where a movement key goes.
    enum Movement {
        case by(Int)
        case first
        case last
    }

    /// j/k, Home/End, PgUp/PgDn act on the focused pane: the list cursor, the watch cursor,
    /// or the scroll of the detail and comments.
    mutating func move(_ movement: Movement) {
        switch focus {
        case .list:
            switch movement {
            case .by(let delta): moveCursor(toIndex: currentSelectionIndex + delta)
            case .first: moveCursor(toIndex: 0)
            case .last: moveCursor(toIndex: Int.max / 2)
            }
        case .watch:
            moveWatchCursor(movement)
        case .detail, .comments:
            guard var current = detail else { return }
            // The TUI measured how far the text goes (`textPaneMeasured`) before the key came;
            // a scroll left past the end (the text got shorter) moves from the last page.
            let limit = max(0, textMetrics.textScrollLimit)
            switch movement {
            case .by(let delta): current.commentScroll = min(max(0, min(current.commentScroll, limit) + delta), limit)
            case .first: current.commentScroll = 0
            case .last: current.commentScroll = limit
            }
            detail = current
        case .diff:
            moveInDiff(movement)
        }
    }

    /// The watch entry under the watch cursor: the newest until the user moves it.
    public var selectedWatchEntry: WatchEntry? {
        // Looked for in place: the UI asks on every frame, and the feed holds hundreds.
        let filter = EventFilter(includeBots: showBots)
        guard let watchSelection else { return watch.entries.last { filter.accepts($0.summary) } }
        return watch.entries.first { $0.id == watchSelection && filter.accepts($0.summary) }
    }

    /// Moves the watch cursor among the shown entries, which read newest first: down (a
    /// positive step) goes to older entries, first is the newest, last the oldest.
    mutating func moveWatchCursor(_ movement: Movement) {
        let entries = visibleWatchEntries
        guard !entries.isEmpty else { return }
        let current = watchSelection.flatMap { id in entries.firstIndex { $0.id == id } } ?? entries.count - 1
        let target: Int
        switch movement {
        case .by(let delta): target = current - delta
        case .first: target = entries.count - 1
        case .last: target = 0
        }
        watchSelection = entries[min(max(0, target), entries.count - 1)].id
    }

    /// Opens a change by number or Change-Id, whether or not a list holds it.
    mutating func openChange(_ text: String) -> [Effect] {
        let word = text.trimmingCharacters(in: .whitespaces)
        let number: Int?
        if let value = Int(word), value > 0 {
            number = value
        } else if word.first == "I", word.count >= 8, word.dropFirst().allSatisfy(\.isHexDigit) {
            number = changes.values.first { $0.id?.hasPrefix(word) == true }?.number
            if number == nil {
                addMessage("No change with Change-Id \(word) is loaded; open it by number", kind: .error)
                return []
            }
        } else {
            addMessage("open-change takes a change number or Change-Id, e.g. open-change 87329", kind: .error)
            return []
        }
        guard let number else { return [] }
        if focus != .detail { history.append(focus) }
        focus = .detail
        unread.remove(number)
        return showDetail(number, forceReload: true)
    }

    /// J / K in the detail: the next or previous change of the current list, without going back.
    mutating func stepChange(by step: Int) -> [Effect] {
        let rows = visibleNumbers(inTab: currentTab)
        guard !rows.isEmpty else { return [] }
        let shown = focus == .list ? selectedNumber : detail?.number ?? selectedNumber
        let index = shown.flatMap { rows.firstIndex(of: $0) } ?? currentSelectionIndex
        let target = min(max(0, index + step), rows.count - 1)
        guard rows[target] != shown else { return [] }
        moveCursor(toIndex: target)
        guard focus == .detail || focus == .comments else { return [] }
        detail?.commentScroll = 0
        return showDetail(rows[target], forceReload: true)
    }

    /// < and >: the change the shown one depends on, or the one that needs it.
    mutating func followDependency(parent: Bool) -> [Effect] {
        guard let change = actionTarget else {
            addMessage("No change selected", kind: .error)
            return []
        }
        let links = parent ? change.dependsOn : change.neededBy
        guard let first = links.first?.number else {
            addMessage("Change \(change.number) \(parent ? "depends on no open change" : "is needed by no change")")
            return []
        }
        return openChange(String(first))
    }

    /// Esc: close the overlay, stop editing the filter, go back a pane, clear the filter, or
    /// stop the queries still running.
    mutating func goBack() -> [Effect] {
        if confirmation != nil {
            confirmation = nil
        } else if overlay != .none {
            overlay = .none
        } else if isEditingFilter {
            isEditingFilter = false
            setCurrentFilter("")
        } else if focus == .diff, diff?.loading == true {
            // Esc while the code is fetched stops the fetch too; d fetches again.
            diff?.loading = false
            diff?.progress = nil
            diff?.error = "Stopped fetching; d fetches again"
            focus = history.popLast() ?? .detail
            return [.cancelDiff]
        } else if let previous = history.popLast() {
            focus = previous
        } else if focus != .list {
            focus = .list
        } else if tabs.indices.contains(currentTab), !tabs[currentTab].filter.isEmpty {
            setCurrentFilter("")
        } else if !inFlightQueries.isEmpty {
            let running = inFlightQueries.sorted()
            inFlightQueries = []
            addMessage("Refresh cancelled")
            return running.map(Effect.cancelQuery)
        }
        return []
    }

    /// Tab / Shift-Tab: the next or previous pane; the detail follows the list selection.
    mutating func moveFocus(by step: Int) -> [Effect] {
        let all = Pane.cycled
        let index = all.firstIndex(of: focus) ?? 0
        let next = all[(index + step + all.count) % all.count]
        return setFocus(next)
    }

    mutating func setFocus(_ pane: Pane) -> [Effect] {
        guard pane != focus else { return [] }
        let from = focus
        focus = pane
        switch pane {
        case .watch:
            watch.badge = 0
            return []
        case .detail, .comments:
            // Between the detail and its comments the change stays the one shown, which
            // `open-change` or a dependency may have opened off the list.
            if from == .detail || from == .comments, detail != nil { return [] }
            guard let number = selectedNumber else { return [] }
            unread.remove(number)
            return showDetail(number, forceReload: false)
        case .list, .diff:
            return []
        }
    }

    /// Opens `number` in the detail pane, fetching its full record unless it is already there.
    mutating func showDetail(_ number: Int, forceReload: Bool) -> [Effect] {
        if detail?.number == number, detail?.change != nil || detail?.loading == true, !forceReload {
            return []
        }
        if detail?.number != number {
            detail = DetailState(number: number)
        }
        detail?.loading = true
        detail?.error = nil
        // Looked at now (kept across restarts); a review of it that did not go is offered again.
        let seen = noteSeen(number)
        offerUnsent(for: number)
        return [.loadChangeDetail(number: number, options: .everything)] + seen
    }
}
