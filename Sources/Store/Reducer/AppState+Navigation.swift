import GerritClient

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
        case .comments, .watch:
            return []
        }
    }

    /// Esc: close the overlay, stop editing the filter, go back a pane, or clear the filter.
    mutating func goBack() {
        if overlay != .none {
            overlay = .none
        } else if isEditingFilter {
            isEditingFilter = false
            setCurrentFilter("")
        } else if let previous = history.popLast() {
            focus = previous
        } else if focus != .list {
            focus = .list
        } else if tabs.indices.contains(currentTab), !tabs[currentTab].filter.isEmpty {
            setCurrentFilter("")
        }
    }

    /// Tab / Shift-Tab: the next or previous pane; the detail follows the list selection.
    mutating func moveFocus(by step: Int) -> [Effect] {
        let all = Pane.allCases
        let index = all.firstIndex(of: focus) ?? 0
        let next = all[(index + step + all.count) % all.count]
        return setFocus(next)
    }

    mutating func setFocus(_ pane: Pane) -> [Effect] {
        guard pane != focus else { return [] }
        focus = pane
        switch pane {
        case .watch:
            watch.badge = 0
            return []
        case .detail, .comments:
            guard let number = selectedNumber else { return [] }
            unread.remove(number)
            return showDetail(number, forceReload: false)
        case .list:
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
        return [.loadChangeDetail(number: number, options: .everything)]
    }
}
