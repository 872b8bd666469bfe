import Foundation
import Store

/// Turns a key into what should happen: store actions, view-scroll changes, host requests.
///
/// Pure, so every binding is tested without a terminal. Keys go through the keymap to
/// command ids; only text entry (the `/` filter and the `:` palette) reads characters directly.
public struct KeyRouter: Sendable {
    /// What a key leads to.
    public struct Outcome: Equatable, Sendable {
        public var actions: [Action]
        public var scroll: ViewScroll
        public var requests: [HostRequest]

        public init(actions: [Action] = [], scroll: ViewScroll, requests: [HostRequest] = []) {
            self.actions = actions
            self.scroll = scroll
            self.requests = requests
        }
    }

    public var keymap: Keymap
    /// Whether `o` can start a browser; without one it shows the URL instead.
    public var canOpenBrowser: Bool

    public init(keymap: Keymap, canOpenBrowser: Bool) {
        self.keymap = keymap
        self.canOpenBrowser = canOpenBrowser
    }

    /// The outcome of `key` in `state`, with the text panes scrolled as `scroll` says and the
    /// terminal `size` (for page sizes).
    public func route(_ key: Key, state: AppState, scroll: ViewScroll, size: Size) -> Outcome {
        var outcome = Outcome(scroll: scroll)
        if case .resize(let newSize) = key {
            outcome.actions = [.resized(width: newSize.width, height: newSize.height)]
            return outcome
        }
        if case .palette(let input) = state.overlay {
            // A command id from the table (`toggle-bots`) runs as its key would; the store
            // understands the rest (`vote Code-Review +2`, `tab mine`, …).
            let word = input.trimmingCharacters(in: .whitespaces).lowercased()
            if key == .enter, let command = CommandID(rawValue: word) {
                var closed = state
                closed.overlay = .none
                let routed = run(command, state: closed, scroll: scroll)
                return Outcome(actions: [.hideOverlay] + routed.actions, scroll: routed.scroll, requests: routed.requests)
            }
            outcome.actions = editText(key, text: input, change: Action.paletteInputChanged,
                                       submit: .paletteSubmitted, cancel: .hideOverlay)
            return outcome
        }
        if state.isEditingFilter {
            let filter = state.currentTabState?.filter ?? ""
            outcome.actions = editText(key, text: filter, change: Action.setFilter,
                                       submit: .filterCommitted, cancel: .filterCancelled)
            return outcome
        }
        if case .mouse(let event) = key {
            return mouse(event, state: state, outcome: outcome)
        }
        if state.confirmation != nil, keymap.command(for: key) == nil {
            return confirmKey(key, command: nil, scroll: scroll)
        }
        guard let command = keymap.command(for: key) else { return outcome }
        if state.overlay == .help {
            return helpKey(command, scroll: scroll, size: size)
        }
        if state.confirmation != nil {
            return confirmKey(key, command: command, scroll: scroll)
        }
        return run(command, state: state, scroll: scroll)
    }

    /// What a command does in `state` (keys and the palette both end here).
    public func run(_ command: CommandID, state: AppState, scroll: ViewScroll) -> Outcome {
        var outcome = Outcome(scroll: scroll)
        switch command {
        // Movement acts on the focused pane in the store: list cursor, watch cursor, text scroll.
        case .moveDown: outcome.actions.append(.moveSelection(by: 1))
        case .moveUp: outcome.actions.append(.moveSelection(by: -1))
        case .pageDown: outcome.actions.append(.pageDown)
        case .pageUp: outcome.actions.append(.pageUp)
        case .first: outcome.actions.append(.selectFirst)
        case .last:
            // The store leaves the bottom of a text pane to the view: scroll far, the loop clamps.
            let isText = state.focus == .detail || state.focus == .comments
            outcome.actions.append(isText ? .moveSelection(by: Self.farAway) : .selectLast)
        case .nextPane: outcome.actions.append(.focusNext)
        case .previousPane: outcome.actions.append(.focusPrevious)
        case .nextTab: outcome.actions.append(.nextTab)
        case .previousTab: outcome.actions.append(.previousTab)
        case .open: outcome.actions.append(.open)
        case .back: outcome.actions.append(.back)
        case .showComments: outcome.actions.append(.focus(.comments))
        case .showWatch: outcome.actions.append(.focus(.watch))
        case .toggleBots: outcome.actions.append(.toggleBots)
        case .filter: outcome.actions.append(.filterEditingStarted)
        case .refresh: outcome.actions.append(.refresh)
        case .sort: outcome.actions.append(.cycleSort)
        case .vote:
            // The palette, ready for the label and value; the store posts what is typed.
            outcome.actions += [.paletteOpened, .paletteInputChanged("vote Code-Review ")]
        case .openInBrowser:
            if canOpenBrowser {
                outcome.actions.append(.openInBrowser)
            } else if let url = state.selectedChange?.url {
                outcome.requests.append(.notice("No browser found (xdg-open); the change is at \(url)"))
            }
        case .copyURL: outcome.actions.append(.copyURL)
        case .help:
            outcome.actions.append(.showHelp)
            outcome.scroll.help = 0
        case .commandPalette: outcome.actions.append(.paletteOpened)
        case .quit:
            outcome.actions.append(.quit)
            outcome.requests.append(.quit)
        }
        return outcome
    }

    /// A scroll far enough to reach either end; views clamp it.
    static let farAway = 1_000_000

    /// Keys while the help is open: scrolling, or closing it.
    private func helpKey(_ command: CommandID, scroll: ViewScroll, size: Size) -> Outcome {
        var outcome = Outcome(scroll: scroll)
        let page = max(1, size.height - 5)
        switch command {
        case .moveDown: outcome.scroll.help += 1
        case .moveUp: outcome.scroll.help = max(0, scroll.help - 1)
        case .pageDown: outcome.scroll.help += page
        case .pageUp: outcome.scroll.help = max(0, scroll.help - page)
        case .first: outcome.scroll.help = 0
        case .quit:
            outcome.actions = [.quit]
            outcome.requests = [.quit]
        default: outcome.actions = [.hideOverlay]
        }
        return outcome
    }

    /// A review waits for yes (y, Enter) or no (n, Esc); other keys are ignored meanwhile,
    /// except quit.
    private func confirmKey(_ key: Key, command: CommandID?, scroll: ViewScroll) -> Outcome {
        var outcome = Outcome(scroll: scroll)
        switch key {
        case .char("y"), .char("Y"), .enter: outcome.actions = [.confirmationAccepted]
        case .char("n"), .char("N"), .escape: outcome.actions = [.confirmationDismissed]
        default:
            if command == .quit {
                outcome.actions = [.quit]
                outcome.requests = [.quit]
            }
        }
        return outcome
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
    private func mouse(_ event: MouseEvent, state: AppState, outcome: Outcome) -> Outcome {
        var outcome = outcome
        switch event.kind {
        case .scrollDown, .scrollUp:
            outcome.actions = [.moveSelection(by: event.kind == .scrollDown ? 3 : -3)]
        case .press(button: 1):
            let layout = ScreenLayout(size: Size(width: state.size.width, height: state.size.height),
                                      mode: state.layoutPreference, focus: state.focus)
            if layout.tabBar.contains(event.position) {
                if let index = TabBarView.tab(at: event.position.x, state.tabTitles, width: layout.tabBar.width) {
                    outcome.actions = [.switchTab(to: index)]
                }
                return outcome
            }
            guard let (pane, rect) = layout.panes.first(where: { $0.value.contains(event.position) }) else { break }
            if pane != state.focus { outcome.actions.append(.focus(pane)) }
            if pane == .list {
                let index = (state.currentTabState?.scroll ?? 0) + event.position.y - rect.y - 1
                let rows = state.rows
                if rows.indices.contains(index) { outcome.actions.append(.selectChange(rows[index].number)) }
            }
        default:
            break
        }
        return outcome
    }
}
