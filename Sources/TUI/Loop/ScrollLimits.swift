import Store

/// How far the text panes and the help can scroll, so `G` lands on the last page and `k` moves
/// at once; the key router asks when it handles a movement key.
public enum ScrollLimits {
    /// The largest useful scroll of the focused text pane (detail or comments); nil otherwise.
    public static func maxTextScroll(model: TriageModel, palette: Palette, size: Size) -> Int? {
        guard model.focus == .detail || model.focus == .comments, let change = model.detail else { return nil }
        let layout = ScreenLayout(size: size, mode: model.layout, focus: model.focus)
        guard let rect = layout.panes[model.focus] else { return nil }
        let count: Int
        if model.focus == .detail {
            count = ChangeDetailView.lines(change, model: model, palette: palette, width: max(1, rect.width - 2)).count
        } else {
            count = model.comments.map { CommentsView.lines(CommentsPane($0), model: model, palette: palette).count } ?? 0
        }
        return max(0, count - max(1, rect.height - 2))
    }

    /// The help overlay's largest useful scroll (its lines wrap to the box's width).
    public static func maxHelpScroll(keymap: Keymap, palette: Palette, size: Size) -> Int {
        let inner = HelpOverlay.innerWidth(for: size)
        let count = HelpOverlay.lines(keymap: keymap, palette: palette, width: inner).count
        return max(0, count - max(1, size.height - 5))
    }
}
