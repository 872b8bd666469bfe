import Store
import TerminalText

/// The review form (`r`): a row per label with its values, the chosen one marked, and the
/// message; what changed from my current votes is what will be sent.
public enum ReviewFormView {
    /// Draws `form` centred over `area`.
    public static func draw(_ form: ReviewForm, keymap: Keymap, palette: Palette, in area: Rect, screen: inout Screen) {
        let height = min(area.height, form.rows.count + 8)
        let width = min(area.width, 72)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2),
                        width: width, height: height)
        screen.fill(rect, style: palette[.text])
        let inner = screen.box(rect, title: "Review \(form.change),\(form.patchSet)", border: .double,
                               style: palette[.borderFocused], titleStyle: palette[.paneTitle])
        guard !inner.isEmpty else { return }
        var lines: [[Span]] = []
        let nameWidth = max(8, (form.rows.map { displayWidth(of: $0.label) }.max() ?? 8) + 2)
        for (index, row) in form.rows.enumerated() {
            let selected = index == form.selected
            var spans = [Span((selected ? "▶ " : "  ") + pad(sanitizeLine(row.label), toWidth: nameWidth),
                              selected ? palette[.selection] : palette[.text])]
            for value in row.values {
                let text = value > 0 ? "+\(value)" : "\(value)"
                let role: Style = value == row.value
                    ? (value > 0 ? palette[.votePositive] : value < 0 ? palette[.voteNegative] : palette[.key]).reverse
                    : palette[.dim]
                spans.append(Span(" " + pad(text, toWidth: 2, alignment: .right) + " ", role))
            }
            if row.value != row.original { spans.append(Span("  changed", palette[.info])) }
            lines.append(spans)
        }
        lines.append([])
        let onMessage = form.isOnMessage
        let message = form.message.isEmpty ? "(no message: Enter writes one)" : form.message
        let first = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? message
        lines.append([Span(onMessage ? "▶ " : "  ", onMessage ? palette[.selection] : palette[.text]),
                      Span(pad("Message", toWidth: nameWidth), onMessage ? palette[.selection] : palette[.text]),
                      Span(" " + sanitizeLine(first), form.message.isEmpty ? palette[.dim] : palette[.text])])
        lines.append([])
        lines.append([Span("↑↓ label · ←→ or digits value · Enter sends (asks first) · Esc cancels", palette[.dim])])
        screen.textLines(lines, in: inner)
    }
}
