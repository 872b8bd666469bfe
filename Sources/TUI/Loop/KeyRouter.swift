import Foundation
import Store

/// Turns a key into store actions.
///
/// Pure, so every binding is tested without a terminal. Keys go through the keymap to
/// command ids; only text entry (the `/` filter and the `:` palette) reads characters directly.
/// What depends on the screen is settled here, when the key is handled, never as a reaction to
/// a drawn frame: a resize carries the list's rows from the layout, and the text panes and the
/// help overlay stop at their last page (so `G` lands there and `k` moves up from it at once).
public struct KeyRouter: Sendable {
    public var keymap: Keymap
    /// Whether `o` can start a browser; without one it shows the URL instead.
    public var canOpenBrowser: Bool
    /// The theme the text panes are measured in (the line builders style as they go).
    public var palette: Palette
    /// The zone the text panes show timestamps in, as the views do.
    public var timeZone: TimeZone

    public init(keymap: Keymap, canOpenBrowser: Bool, palette: Palette = .builtIn, timeZone: TimeZone = .current) {
        self.keymap = keymap
        self.canOpenBrowser = canOpenBrowser
        self.palette = palette
        self.timeZone = timeZone
    }

    /// The actions `key` leads to in `state` (whose `size` is the terminal's).
    public func route(_ key: Key, state: AppState) -> [Action] {
        if case .resize(let size) = key {
            return [.resized(width: size.width, height: size.height),
                    .listViewportChanged(rows: ScreenLayout.listViewportRows(size: size, mode: state.layoutPreference))]
        }
        if case .palette(let input) = state.overlay {
            // A command id from the table (`toggle-bots`) runs as its key would; the store
            // understands the rest (`vote Code-Review +2`, `tab mine`, …).
            let word = input.trimmingCharacters(in: .whitespaces).lowercased()
            if key == .enter, let command = CommandID(rawValue: word) {
                var closed = state
                closed.overlay = .none
                return [.hideOverlay] + run(command, state: closed)
            }
            return editText(key, text: input, change: Action.paletteInputChanged, submit: .paletteSubmitted, cancel: .hideOverlay)
        }
        if state.isEditingFilter {
            let filter = state.currentTabState?.filter ?? ""
            return editText(key, text: filter, change: Action.setFilter, submit: .filterCommitted, cancel: .filterCancelled)
        }
        if case .mouse(let event) = key {
            return mouse(event, state: state)
        }
        if state.confirmation != nil, keymap.command(for: key) == nil {
            return confirmKey(key, command: nil)
        }
        guard let command = keymap.command(for: key) else { return [] }
        if state.overlay == .help {
            return helpKey(command, state: state)
        }
        if state.confirmation != nil {
            return confirmKey(key, command: command)
        }
        return run(command, state: state)
    }

    /// What a command does in `state` (keys and the palette both end here).
    public func run(_ command: CommandID, state: AppState) -> [Action] {
        // Movement acts on the focused pane in the store: list cursor, watch cursor, text scroll.
        let text = state.focus == .detail || state.focus == .comments
        switch command {
        case .moveDown: return text ? scrollText(.by(1), state) : [.moveSelection(by: 1)]
        case .moveUp: return text ? scrollText(.by(-1), state) : [.moveSelection(by: -1)]
        case .pageDown: return text ? scrollText(.by(textPage(state)), state) : [.pageDown]
        case .pageUp: return text ? scrollText(.by(-textPage(state)), state) : [.pageUp]
        case .first: return [.selectFirst]
        case .last: return text ? scrollText(.toEnd, state) : [.selectLast]
        case .nextPane: return [.focusNext]
        case .previousPane: return [.focusPrevious]
        case .nextTab: return [.nextTab]
        case .previousTab: return [.previousTab]
        case .open: return [.open]
        case .back: return [.back]
        case .showComments: return [.focus(.comments)]
        case .showWatch: return [.focus(.watch)]
        case .toggleBots: return [.toggleBots]
        case .filter: return [.filterEditingStarted]
        case .refresh: return [.refresh]
        case .sort: return [.cycleSort]
        case .vote:
            // The palette, ready for the label and value; the store posts what is typed.
            return [.paletteOpened, .paletteInputChanged("vote Code-Review ")]
        case .openInBrowser:
            if canOpenBrowser { return [.openInBrowser] }
            guard let url = state.selectedChange?.url else { return [] }
            return [.noticePosted("No browser found (xdg-open); the change is at \(url)")]
        case .copyURL: return [.copyURL]
        case .help: return [.showHelp]
        case .commandPalette: return [.paletteOpened]
        case .quit: return [.quit]
        }
    }

    /// Keys while the help is open: scrolling (within its length), or closing it.
    private func helpKey(_ command: CommandID, state: AppState) -> [Action] {
        let size = Size(width: state.size.width, height: state.size.height)
        let page = max(1, size.height - 5)
        let limit = ScrollLimits.maxHelpScroll(keymap: keymap, palette: palette, size: size)
        let current = min(state.helpScroll, limit)
        let target: Int
        switch command {
        case .moveDown: target = current + 1
        case .moveUp: target = current - 1
        case .pageDown: target = current + page
        case .pageUp: target = current - page
        case .first: target = 0
        case .last: target = limit
        case .quit: return [.quit]
        default: return [.hideOverlay]
        }
        let row = min(max(0, target), limit)
        return row == state.helpScroll ? [] : [.helpScrolled(to: row)]
    }

    /// Where a movement takes the focused text pane.
    private enum TextMove {
        case by(Int)
        case toEnd
    }

    /// Scrolls the focused text pane, kept between the top and its last page.
    private func scrollText(_ move: TextMove, _ state: AppState) -> [Action] {
        guard let current = state.detail?.commentScroll else { return [] }
        let limit = textScrollLimit(state)
        let target: Int
        switch move {
        // The stored scroll may lie past the last page (the text got shorter or the pane
        // taller since); the view shows the last page, so moving starts from there.
        case .by(let delta): target = min(current, limit) + delta
        case .toEnd: target = limit
        }
        let row = min(max(0, target), limit)
        return row == current ? [] : [.moveSelection(by: row - current)]
    }

    /// The largest useful scroll of the focused text pane at the state's size.
    private func textScrollLimit(_ state: AppState) -> Int {
        let model = TriageModel(state: state, timeZone: timeZone)
        let size = Size(width: state.size.width, height: state.size.height)
        return ScrollLimits.maxTextScroll(model: model, palette: palette, size: size) ?? 0
    }

    /// The rows the focused text pane shows: one page.
    private func textPage(_ state: AppState) -> Int {
        let layout = ScreenLayout(size: Size(width: state.size.width, height: state.size.height),
                                  mode: state.layoutPreference, focus: state.focus)
        return max(1, (layout.panes[state.focus]?.height ?? 3) - 2)
    }

    /// A review waits for yes (y, Enter) or no (n, Esc); other keys are ignored meanwhile,
    /// except quit.
    private func confirmKey(_ key: Key, command: CommandID?) -> [Action] {
        switch key {
        case .char("y"), .char("Y"), .enter: return [.confirmationAccepted]
        case .char("n"), .char("N"), .escape: return [.confirmationDismissed]
        default: return command == .quit ? [.quit] : []
        }
    }

    /// Typing into the palette or the filter.
    private func editText(_ key: Key, text: String, change: (String) -> Action, submit: Action, cancel: Action) -> [Action] {
        switch key {
        case .char(let character): return [change(text + String(character))]
        case .backspace, .delete:
            return text.isEmpty ? [cancel] : [change(String(text.dropLast()))]
        case .ctrl("u"): return [change("")]
        case .enter: return [submit]
        case .escape, .ctrl("c"): return [cancel]
        default: return []
        }
    }

    /// The wheel moves the list cursor (or scrolls a text pane); a click on a list row selects it.
    private func mouse(_ event: MouseEvent, state: AppState) -> [Action] {
        switch event.kind {
        case .scrollDown, .scrollUp:
            let delta = event.kind == .scrollDown ? 3 : -3
            let text = state.focus == .detail || state.focus == .comments
            return text ? scrollText(.by(delta), state) : [.moveSelection(by: delta)]
        case .press(button: 1):
            let layout = ScreenLayout(size: Size(width: state.size.width, height: state.size.height),
                                      mode: state.layoutPreference, focus: state.focus)
            if layout.tabBar.contains(event.position) {
                guard let index = TabBarView.tab(at: event.position.x, state.tabTitles, width: layout.tabBar.width) else { return [] }
                return [.switchTab(to: index)]
            }
            guard let (pane, rect) = layout.panes.first(where: { $0.value.contains(event.position) }) else { return [] }
            var actions: [Action] = []
            if pane != state.focus { actions.append(.focus(pane)) }
            if pane == .list {
                let index = (state.currentTabState?.scroll ?? 0) + event.position.y - rect.y - 1
                let rows = state.rows
                if rows.indices.contains(index) { actions.append(.selectChange(rows[index].number)) }
            }
            return actions
        default:
            return []
        }
    }
}
