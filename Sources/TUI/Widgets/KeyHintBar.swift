import Store
import TerminalText

/// The bottom line: the keys that matter in the focused pane, from the command table.
///
/// Commands sharing a hint word (move up / move down) show as one: `j/k move`.
public enum KeyHintBar {
    /// The hints for a pane, in table order: (keys, word).
    public static func hints(for pane: Pane, keymap: Keymap) -> [(keys: String, hint: String)] {
        var result: [(keys: String, hint: String)] = []
        for command in keymap.table.commands where command.hintPanes.contains(pane) {
            guard let key = keymap.keys(for: command.id).first else { continue }
            let label = Keymap.label(key)
            if let index = result.firstIndex(where: { $0.hint == command.hint }) {
                result[index].keys += "/" + label
            } else {
                result.append((label, command.hint))
            }
        }
        return result
    }

    /// Draws the focused pane's hints into `rect`, as many as fit.
    public static func draw(pane: Pane, keymap: Keymap, palette: Palette, in rect: Rect, screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let base = palette[.keyHint]
        screen.fill(rect, style: base)
        let keyStyle = Style(foreground: palette[.key].foreground, background: base.background,
                             attributes: palette[.key].attributes)
        var spans: [Span] = [Span(" ", base)]
        var width = 1
        for (index, hint) in hints(for: pane, keymap: keymap).enumerated() {
            let piece = (index > 0 ? " · " : "") + hint.keys + " " + hint.hint
            guard width + displayWidth(of: piece) <= rect.width else { break }
            if index > 0 { spans.append(Span(" · ", base)) }
            spans.append(Span(hint.keys, keyStyle))
            spans.append(Span(" " + hint.hint, base))
            width += displayWidth(of: piece)
        }
        screen.put(spans, at: Position(x: rect.x, y: rect.y), clip: rect)
    }
}
