import Foundation
import GerritModel
import GerritRemote

extension AppState {
    /// Runs a command of the table (from a key or the palette) with its argument.
    mutating func invoke(_ id: CommandID, argument: String?) -> [Effect] {
        if id == .quit { return quit() }
        // A question is open: only its answer (the router's y/n), back (no) and quit count.
        if confirmation != nil {
            if id == .back { confirmation = nil }
            return []
        }
        if overlay == .help { return helpCommand(id, count: max(1, argument.flatMap { Int($0) } ?? 1)) }
        // A command run from the palette closes it; back closes it on its own (goBack).
        if case .palette = overlay, id != .commandPalette, id != .back {
            overlay = .none
        }
        // A key for a command that takes text (`#` for open-change) opens the palette on it,
        // ready for the text, instead of failing for want of it.
        if case .text? = CommandTable.standard.command(id)?.argument,
           (argument ?? "").trimmingCharacters(in: .whitespaces).isEmpty, id != .commandPalette {
            overlay = .palette(input: id.rawValue + " ", selection: 0)
            return []
        }
        let count = max(1, argument.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1)
        switch id {
        case .moveDown: move(.by(count)); return []
        case .moveUp: move(.by(-count)); return []
        case .pageDown: move(.by(page)); return []
        case .pageUp: move(.by(-page)); return []
        case .first: move(.first); return []
        case .last: move(.last); return []
        // In the diff, ]/[ bring the next/previous comment to the top (R and u act on it there).
        case .nextThread: if focus == .diff { jumpInDiff(files: false, step: 1) } else { markThread(by: 1) }; return []
        case .previousThread: if focus == .diff { jumpInDiff(files: false, step: -1) } else { markThread(by: -1) }; return []

        case .open: return openSelected()
        case .back: return goBack()
        case .nextPane: return moveFocus(by: 1)
        case .previousPane: return moveFocus(by: -1)
        // In the diff there are no tabs to show: ←/→ scroll long lines sideways instead.
        case .nextTab: if focus == .diff { shiftDiff(by: count * Self.diffShift) } else { showTab(currentTab + 1) }; return []
        case .previousTab: if focus == .diff { shiftDiff(by: -count * Self.diffShift) } else { showTab(currentTab - 1) }; return []
        case .goToTab:
            guard let index = tabIndex(named: argument ?? "") else {
                addMessage("No tab \"\(argument ?? "")\" (tabs: \(tabs.map(\.id).joined(separator: ", ")))", kind: .error)
                return []
            }
            showTab(index)
            return []
        case .showComments: return setFocus(.comments)
        case .showWatch: return setFocus(.watch)
        case .openChange: return openChange(argument ?? "")
        case .nextChange: return stepChange(by: 1)
        case .previousChange: return stepChange(by: -1)
        case .dependsOn: return followDependency(parent: true)
        case .neededBy: return followDependency(parent: false)
        case .showDiff: return openDiff(argument)
        case .diffBase: return changeDiffBase(argument)
        case .nextFile: jumpInDiff(files: true, step: 1); return []
        case .previousFile: jumpInDiff(files: true, step: -1); return []

        case .review: return openReviewForm()
        case .message: return startMessage()
        case .reply: return startReply(argument)
        // An unresolved thread gets resolved; a resolved one reopened.
        case .toggleResolved: return startReply(argument, resolve: Self.parseThreadUnresolved(argument) ?? true)
        case .codeReviewPlus1: return review(votes: ["Code-Review": 1], policy: .unlessSmallVotesPostAtOnce)
        case .codeReviewPlus2: return review(votes: ["Code-Review": 2], policy: .always)
        case .codeReviewMinus1: return review(votes: ["Code-Review": -1], policy: .unlessSmallVotesPostAtOnce)
        case .codeReviewMinus2: return review(votes: ["Code-Review": -2], policy: .always)
        case .approve: return review(votes: ["Code-Review": 2, "Workflow": 1], policy: .always)
        case .recheck: return review(message: recheckMessage, policy: .unlessSmallVotesPostAtOnce)
        case .vote:
            guard let (label, value) = Self.parseVote(argument ?? "") else {
                addMessage("vote takes a label and a value, e.g. vote Code-Review +1", kind: .error)
                return []
            }
            let strong = abs(value) > 1 || label != "Code-Review" && label != "Verified"
            return review(votes: [label: value], policy: strong ? .always : .unlessSmallVotesPostAtOnce)
        case .abandon: return review(action: .abandon, policy: .always)
        case .restore: return review(action: .restore, policy: .always)
        case .submit: return review(action: .submit, policy: .always)
        case .toggleReviewed: return toggleReviewed()
        case .toggleBots:
            showBots.toggle()
            // The threads change with the bots: the mark goes back to the first in view.
            detail?.markedThread = nil
            return []
        case .openInBrowser:
            guard let url = selectedURL() else { return [] }
            guard canOpenURLs else {
                addMessage("No browser found (xdg-open, $BROWSER); the change is at \(url)")
                return []
            }
            return [.host(.openURL(url))]
        case .copyURL:
            guard let url = selectedURL() else { return [] }
            addMessage("Copied \(url)")
            return [.host(.copyToClipboard(url))]

        case .filter:
            guard focus == .list else { return [] }
            isEditingFilter = true
            return []
        case .sort:
            guard tabs.indices.contains(currentTab) else { return [] }
            tabs[currentTab].sort = tabs[currentTab].sort.next
            normalizeSelection(inTab: currentTab, keepScreenRow: false)
            return []
        case .refresh: return startQueries() + retryEventStreamIfOffline()
        case .help:
            overlay = .help
            helpScroll = 0
            return []
        case .commandPalette:
            overlay = .palette(input: argument ?? "", selection: 0)
            return []
        case .quit: return quit()
        }
    }

    /// One page of the focused pane: the list's rows, or the text pane's measured height.
    private var page: Int {
        if focus == .diff { return diffPage }
        return focus == .detail || focus == .comments ? max(1, textMetrics.textPage) : max(1, listViewportRows)
    }

    mutating func quit() -> [Effect] {
        isQuitting = true
        return [.quit]
    }

    /// Keys while the help is open: movement scrolls it (within its length), help or back
    /// closes it, quit quits; anything else closes it too.
    private mutating func helpCommand(_ id: CommandID, count: Int) -> [Effect] {
        let limit = max(0, textMetrics.helpScrollLimit)
        let current = min(helpScroll, limit)
        let target: Int
        switch id {
        case .moveDown: target = current + count
        case .moveUp: target = current - count
        case .pageDown: target = current + max(1, textMetrics.helpPage)
        case .pageUp: target = current - max(1, textMetrics.helpPage)
        case .first: target = 0
        case .last: target = limit
        default:
            overlay = .none
            return []
        }
        helpScroll = min(max(0, target), limit)
        return []
    }

    /// Shows tab `index` (wrapping around), leaving filter editing.
    mutating func showTab(_ index: Int) {
        guard !tabs.isEmpty else { return }
        currentTab = (index % tabs.count + tabs.count) % tabs.count
        isEditingFilter = false
        // Events re-anchor only the tab on screen; this one catches up now.
        normalizeSelection(inTab: currentTab, keepScreenRow: true)
    }

    /// The tab a palette word names: its number, id or title, or a prefix of one.
    func tabIndex(named name: String) -> Int? {
        let word = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard !word.isEmpty else { return nil }
        if let number = Int(word), tabs.indices.contains(number - 1) { return number - 1 }
        if let exact = tabs.firstIndex(where: { $0.id.lowercased() == word || $0.spec.title.lowercased() == word }) {
            return exact
        }
        return tabs.firstIndex { $0.id.lowercased().hasPrefix(word) || $0.spec.title.lowercased().hasPrefix(word) }
    }

    /// "LABEL VALUE" (`Code-Review +2`, `Verified -1`).
    static func parseVote(_ text: String) -> (String, Int)? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count == 2, let value = Int(words[1].replacingOccurrences(of: "+", with: "")) else { return nil }
        return (words[0], value)
    }

    /// The change commands act on: the opened one in the detail panes, else the list selection.
    var actionTarget: Change? {
        if focus == .detail || focus == .comments || focus == .diff, let detail {
            return detail.change ?? changes[detail.number]
        }
        return selectedNumber.flatMap { changes[$0] }
    }

    /// The URL of the change commands act on; adds an error message when there is none.
    mutating func selectedURL() -> String? {
        guard let change = actionTarget else {
            addMessage("No change selected", kind: .error)
            return nil
        }
        guard let url = change.url, !url.isEmpty else {
            addMessage("The server sent no URL for change \(change.number)", kind: .error)
            return nil
        }
        return url
    }
}
