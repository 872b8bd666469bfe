import Store

/// Keeps the text panes' scroll positions inside their content, so `G` then `k` moves at once.
public enum ScrollLimits {
    public static func clamp(_ scroll: ViewScroll, model: TriageModel, palette: Palette, size: Size) -> ViewScroll {
        var result = scroll
        let layout = ScreenLayout(size: size, mode: model.layout, focus: model.focus)
        func limit(_ pane: Pane, lines: Int) -> Int {
            let height = max(1, (layout.panes[pane]?.height ?? size.height) - 2)
            return max(0, lines - height)
        }
        if let change = model.detail {
            if layout.panes[.detail] != nil {
                let width = max(1, (layout.panes[.detail]?.width ?? size.width) - 2)
                let count = ChangeDetailView.lines(change, model: model, palette: palette, width: width).count
                result.detail = min(scroll.detail, limit(.detail, lines: count))
            }
            if layout.panes[.comments] != nil {
                let threads = CommentThreads(change: change, showBots: model.showBots, isBot: model.isBot)
                let count = CommentsView.lines(threads, model: model, palette: palette).count
                result.comments = min(scroll.comments, limit(.comments, lines: count))
            }
        } else {
            result.detail = 0
            result.comments = 0
        }
        result.watch = max(0, min(scroll.watch, model.feed.count - 1))
        if model.overlay == .help {
            let count = HelpOverlay.lines(keymap: Keymap(), palette: palette).count
            result.help = min(scroll.help, max(0, count - max(1, size.height - 5)))
        }
        return result
    }
}
