import Foundation
import Store

/// Turns a key into store actions.
///
/// Pure, so every binding is tested without a terminal. Keys go through the keymap to command
/// ids, which the store runs (`commandInvoked`); only text entry (the `/` filter, the `:`
/// palette) and the y/n of a confirmation read keys directly. What depends on the screen is
/// measured here, when a key is handled, never as a reaction to a drawn frame: a resize carries
/// the list's rows from the layout, and before a movement in a text pane or the help the
/// router tells the store how far they can scroll.
public struct KeyRouter: Sendable {
    public var keymap: Keymap
    /// The theme the text panes are measured in (the line builders style as they go).
    public var palette: Palette
    /// The zone the text panes show timestamps in, as the views do.
    public var timeZone: TimeZone

    public init(keymap: Keymap, palette: Palette = .builtIn, timeZone: TimeZone = .current) {
        self.keymap = keymap
        self.palette = palette
        self.timeZone = timeZone
    }

    /// The actions `key` leads to in `state` (whose `size` is the terminal's).
    public func route(_ key: Key, state: AppState) -> [Action] {
        if case .resize(let size) = key {
            return [.resized(width: size.width, height: size.height),
                    .listViewportChanged(rows: ScreenLayout.listViewportRows(size: size, mode: state.layoutPreference))]
        }
        if state.confirmation != nil {
            return confirmKey(key)
        }
        if case .palette(let input, _) = state.overlay {
            return paletteKey(key, text: input)
        }
        if case .compose = state.overlay {
            return composeKey(key)
        }
        if case .reviewForm(let form) = state.overlay {
            return formKey(key, form: form)
        }
        if state.isEditingFilter {
            let filter = state.currentTabState?.filter ?? ""
            return editText(key, text: filter, change: Action.filterTextChanged, submit: .filterCommitted, cancel: .filterCancelled)
        }
        if case .mouse(let event) = key {
            return mouse(event, state: state)
        }
        guard let command = keymap.command(for: key) else { return [] }
        return invoke(command, state: state)
    }

    /// A command with the measurements it needs first (movement in text panes and the help),
    /// or the comment thread it acts on (reply, resolve).
    public func invoke(_ command: CommandID, argument: String? = nil, state: AppState) -> [Action] {
        if command == .reply || command == .toggleResolved {
            return [.commandInvoked(command, argument: argument ?? threadInView(state, newCommentIfNone: command == .reply))]
        }
        // Enter on a file of the detail opens the diff at that file.
        if command == .open, argument == nil, state.focus == .detail, let file = fileInView(state) {
            return [.commandInvoked(.showDiff, argument: file)]
        }
        let movement: Set<CommandID> = [.moveDown, .moveUp, .pageDown, .pageUp, .first, .last, .nextThread, .previousThread]
        let textPane = state.focus == .detail || state.focus == .comments
        guard movement.contains(command), textPane || state.overlay == .help else {
            return [.commandInvoked(command, argument: argument)]
        }
        return measure(state) + [.commandInvoked(command, argument: argument)]
    }

    /// `textPaneMeasured` when what the panes can scroll changed since the store last heard.
    private func measure(_ state: AppState) -> [Action] {
        let size = Size(width: state.size.width, height: state.size.height)
        let model = TriageModel(state: state, timeZone: timeZone)
        let layout = ScreenLayout(size: size, mode: state.layoutPreference, focus: state.focus)
        let text = ScrollLimits.measureText(model: model, palette: palette, size: size)
        let metrics = TextPaneMetrics(
            textScrollLimit: text?.scrollLimit ?? 0,
            textPage: max(1, (layout.panes[state.focus]?.height ?? 3) - 2),
            helpScrollLimit: ScrollLimits.maxHelpScroll(keymap: keymap, palette: palette, size: size),
            helpPage: max(1, size.height - 5),
            threadLines: text?.threadLines ?? [])
        return metrics == state.textMetrics ? [] : [.textPaneMeasured(metrics)]
    }

    /// The file at the top of the detail pane, when it is scrolled to its files.
    private func fileInView(_ state: AppState) -> String? {
        let model = TriageModel(state: state, timeZone: timeZone)
        guard let change = model.detail, model.detailIsFull else { return nil }
        let size = Size(width: state.size.width, height: state.size.height)
        let layout = ScreenLayout(size: size, mode: state.layoutPreference, focus: state.focus)
        let width = max(1, (layout.panes[.detail]?.width ?? 3) - 2)
        return ChangeDetailView.fileAtTop(change, model: model, palette: palette, width: width)?.path
    }

    /// The comment thread at the top of the comments pane, as `reply` takes it.
    private func threadInView(_ state: AppState, newCommentIfNone: Bool) -> String? {
        if state.focus == .diff { return state.diffThreadArgument(newCommentIfNone: newCommentIfNone) }
        guard state.focus == .comments else { return nil }
        let model = TriageModel(state: state, timeZone: timeZone)
        guard let comments = model.comments else { return nil }
        let size = Size(width: state.size.width, height: state.size.height)
        let layout = ScreenLayout(size: size, mode: state.layoutPreference, focus: state.focus)
        let height = max(1, (layout.panes[.comments]?.height ?? 3) - 2)
        guard let thread = CommentsView.thread(at: model.scroll.comments, height: height, CommentsPane(comments),
                                               model: model, palette: palette) else { return nil }
        return AppState.threadArgument(patchSet: thread.patchSet, file: thread.file, line: thread.line,
                                       unresolved: thread.isUnresolved)
    }

    /// The built-in editor: text, Enter a new line, arrows move, Ctrl-S sends, Esc keeps it.
    private func composeKey(_ key: Key) -> [Action] {
        switch key {
        case .char(let character): return [.composeEdited(.insert(String(character)))]
        case .enter: return [.composeEdited(.newline)]
        case .tab: return [.composeEdited(.insert("    "))]
        case .backspace: return [.composeEdited(.deleteBackward)]
        case .delete: return [.composeEdited(.deleteForward)]
        case .left: return [.composeEdited(.left)]
        case .right: return [.composeEdited(.right)]
        case .up: return [.composeEdited(.up)]
        case .down: return [.composeEdited(.down)]
        case .home, .ctrl("a"): return [.composeEdited(.lineStart)]
        case .end, .ctrl("e"): return [.composeEdited(.lineEnd)]
        case .ctrl("s"), .ctrl("d"): return [.composeFinished]
        case .escape: return [.composeCancelled]
        default: return []
        }
    }

    /// The review form: ↑↓ or j/k pick a row, ←→ h/l −/+ step a value, a digit sets it, Enter
    /// sends (or writes the message on its row), `m` writes the message, Esc closes.
    private func formKey(_ key: Key, form: ReviewForm) -> [Action] {
        switch key {
        case .up, .char("k"): return [.formRowMoved(by: -1)]
        case .down, .char("j"), .tab: return [.formRowMoved(by: 1)]
        case .left, .char("h"), .char("-"): return [.formValueStepped(by: -1)]
        case .right, .char("l"), .char("+"): return [.formValueStepped(by: 1)]
        case .char(let digit) where digit.isNumber: return digit.wholeNumberValue.map { [.formValueSet($0)] } ?? []
        case .char("m"): return [.formMessageEditRequested]
        case .enter: return form.isOnMessage ? [.formMessageEditRequested] : [.formSubmitted]
        case .ctrl("s"): return [.formSubmitted]
        case .escape: return [.commandInvoked(.back)]
        default: return keymap.command(for: key) == .quit ? [.commandInvoked(.quit)] : []
        }
    }

    /// A review waits for yes (y, Enter) or no (n, Esc); quit still quits, other keys wait.
    private func confirmKey(_ key: Key) -> [Action] {
        switch key {
        case .char("y"), .char("Y"), .enter: return [.confirmationAnswered(true)]
        case .char("n"), .char("N"), .escape: return [.confirmationAnswered(false)]
        default: return keymap.command(for: key) == .quit ? [.commandInvoked(.quit)] : []
        }
    }

    /// Typing into the palette: Tab completes, ↑/↓ pick a completion, Enter runs, Esc closes.
    private func paletteKey(_ key: Key, text: String) -> [Action] {
        switch key {
        case .tab: return [.paletteCompleted]
        case .up: return [.paletteSelectionMoved(by: -1)]
        case .down: return [.paletteSelectionMoved(by: 1)]
        default:
            return editText(key, text: text, change: Action.paletteTextChanged, submit: .paletteSubmitted,
                            cancel: .commandInvoked(.back))
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

    /// The wheel scrolls the focused pane; a click selects a tab, a pane or a list row.
    private func mouse(_ event: MouseEvent, state: AppState) -> [Action] {
        switch event.kind {
        case .scrollDown, .scrollUp:
            let delta = event.kind == .scrollDown ? 3 : -3
            let text = state.focus == .detail || state.focus == .comments
            return (text ? measure(state) : []) + [.wheelScrolled(by: delta)]
        case .press(button: 1):
            let layout = ScreenLayout(size: Size(width: state.size.width, height: state.size.height),
                                      mode: state.layoutPreference, focus: state.focus)
            if layout.tabBar.contains(event.position) {
                guard let index = TabBarView.tab(at: event.position.x, state.tabTitles, width: layout.tabBar.width) else { return [] }
                return [.tabClicked(index)]
            }
            guard let (pane, rect) = layout.panes.first(where: { $0.value.contains(event.position) }) else { return [] }
            var actions: [Action] = []
            if pane != state.focus { actions.append(.paneClicked(pane)) }
            if pane == .list {
                let index = (state.currentTabState?.scroll ?? 0) + event.position.y - rect.y - 1
                let rows = state.rows
                if rows.indices.contains(index) { actions.append(.rowClicked(change: rows[index].number)) }
            }
            return actions
        default:
            return []
        }
    }
}
