import Store

/// The whole triage screen for a model at a size: status bar, tabs, panes, hints, overlays.
///
/// Pure: the same model, palette, keymap and size always give the same screen.
public enum RootView {
    /// The screen for `model` at `size`: the too-small message below 40×12.
    public static func render(_ model: TriageModel, palette: Palette, keymap: Keymap, size: Size) -> Screen {
        var screen = Screen(size: size, style: palette[.text])
        let layout = ScreenLayout(size: size, mode: model.layout, focus: model.focus)
        guard layout.isUsable else {
            TooSmallView.draw(size: size, palette: palette, keymap: keymap, screen: &screen)
            return screen
        }
        StatusBarView.draw(model.status, palette: palette, keymap: keymap, in: layout.statusBar, screen: &screen)
        TabBarView.draw(model.tabs, palette: palette, in: layout.tabBar, screen: &screen)
        for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let focused = pane == model.focus
            switch pane {
            case .list: TodoListView.draw(model, focused: focused, palette: palette, in: rect, screen: &screen)
            case .detail: ChangeDetailView.draw(model, focused: focused, palette: palette, in: rect, screen: &screen)
            case .comments: CommentsView.draw(model, focused: focused, palette: palette, in: rect, screen: &screen)
            case .watch: WatchFeedView.draw(model, focused: focused, palette: palette, in: rect, screen: &screen)
            case .diff: DiffView.draw(model.diff, showBots: model.showBots, focused: focused, palette: palette, in: rect,
                                      screen: &screen)
            }
        }
        // A kept filter hides rows: say how to get them back.
        let keptFilter = model.focus == .list && !model.filter.isEmpty && !model.isEditingFilter
        let first = keptFilter ? [(keys: keymap.keyLabel(for: .back, limit: 1), hint: "clear filter")] : []
        KeyHintBar.draw(pane: model.focus, keymap: keymap, palette: palette, first: first, in: layout.hintBar, screen: &screen)
        switch model.overlay {
        case .help:
            HelpOverlay.draw(scroll: model.scroll.help, keymap: keymap, palette: palette, in: layout.body, screen: &screen)
        case .palette(let input, let selection):
            PromptOverlay.drawPalette(input, completions: model.paletteCompletions, selection: selection, keymap: keymap,
                                      palette: palette, layout: layout, screen: &screen)
        case .compose(let compose):
            ComposeView.draw(compose, palette: palette, in: layout.body, screen: &screen)
        case .reviewForm(let form):
            ReviewFormView.draw(form, keymap: keymap, palette: palette, in: layout.body, screen: &screen)
            if let question = model.confirmation {
                PromptOverlay.drawConfirmation(question, palette: palette, layout: layout, screen: &screen)
            }
        case .none:
            if let question = model.confirmation {
                PromptOverlay.drawConfirmation(question, palette: palette, layout: layout, screen: &screen)
            } else if model.isEditingFilter {
                PromptOverlay.drawFilter(model.filter, palette: palette, layout: layout, screen: &screen)
            }
        }
        return screen
    }
}
