import Store

/// How far the text panes and the help can scroll, so `G` lands on the last page and `k` moves
/// at once; the key router asks when it handles a movement key.
public enum ScrollLimits {
    /// The largest useful scroll of the focused text pane (detail or comments); nil otherwise.
    public static func maxTextScroll(model: TriageModel, palette: Palette, size: Size) -> Int? {
        measureText(model: model, palette: palette, size: size)?.scrollLimit
    }

    /// The focused text pane laid out once: how far it scrolls and, for the comments, the line
    /// each thread starts on (what `]`/`[` step through); nil when no text pane has the focus.
    public static func measureText(model: TriageModel, palette: Palette, size: Size) -> (scrollLimit: Int, threadLines: [Int])? {
        guard model.focus == .detail || model.focus == .comments, let change = model.detail else { return nil }
        let layout = ScreenLayout(size: size, mode: model.layout, focus: model.focus)
        guard let rect = layout.panes[model.focus] else { return nil }
        let count: Int
        var threadLines: [Int] = []
        if model.focus == .detail {
            count = ChangeDetailView.lines(change, model: model, palette: palette, width: max(1, rect.width - 2)).count
        } else if let comments = model.comments {
            var threads: [CommentsView.Thread]? = []
            count = CommentsView.lines(CommentsPane(comments), model: model, palette: palette, threads: &threads).count
            threadLines = (threads ?? []).map(\.lineIndex)
        } else {
            count = 0
        }
        return (max(0, count - max(1, rect.height - 2)), threadLines)
    }

    /// The help overlay's largest useful scroll (its lines wrap to the box's width).
    public static func maxHelpScroll(keymap: Keymap, palette: Palette, size: Size) -> Int {
        let inner = HelpOverlay.innerWidth(for: size)
        let count = HelpOverlay.lines(keymap: keymap, palette: palette, width: inner).count
        return max(0, count - max(1, size.height - 5))
    }
}
