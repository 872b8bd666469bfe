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
    ///
    /// - Parameter first: hints that matter now and come before the pane's own (Esc clears a
    ///   kept filter).
    public static func draw(pane: Pane, keymap: Keymap, palette: Palette, first: [(keys: String, hint: String)] = [],
                            in rect: Rect, screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let base = palette[.keyHint]
        screen.fill(rect, style: base)
        let keyStyle = Style(foreground: palette[.key].foreground, background: base.background,
                             attributes: palette[.key].attributes)
        // The help hint is kept last and always shown: from it every other key can be found.
        let all = first + hints(for: pane, keymap: keymap)
        let helpHint = keymap.table.command(.help)?.hint
        let help = all.first { $0.hint == helpHint }
        let others = all.filter { $0.hint != helpHint }
        func width(_ hint: (keys: String, hint: String)) -> Int { displayWidth(of: hint.keys + " " + hint.hint) + 3 }
        var room = rect.width - 1 - (help.map(width) ?? 0)
        var shown: [(keys: String, hint: String)] = []
        for hint in others where width(hint) <= room {
            shown.append(hint)
            room -= width(hint)
        }
        if let help { shown.append(help) }
        var spans: [Span] = [Span(" ", base)]
        for (index, hint) in shown.enumerated() {
            if index > 0 { spans.append(Span(" · ", base)) }
            spans.append(Span(hint.keys, keyStyle))
            spans.append(Span(" " + hint.hint, base))
        }
        screen.put(spans, at: Position(x: rect.x, y: rect.y), clip: rect)
    }
}
