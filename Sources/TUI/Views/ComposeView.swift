import Store
import TerminalText

/// The built-in editor: a framed box over the panes with what is being written, the quoted
/// thread above it, and the cursor.
public enum ComposeView {
    /// Draws `compose` centred over `area`.
    public static func draw(_ compose: Compose, palette: Palette, in area: Rect, screen: inout Screen) {
        let width = min(area.width, 90)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: area.height)
        screen.fill(rect, style: palette[.text])
        let title = width >= 60 ? "Write the \(compose.purpose.title) · Ctrl-S sends · Esc keeps it as a draft"
                                : "\(compose.purpose.title) · C-s sends"
        let inner = screen.box(rect, title: sanitizeLine(title), border: .double, style: palette[.borderFocused],
                               titleStyle: palette[.paneTitle])
        guard !inner.isEmpty else { return }
        var lines: [[Span]] = compose.context.map { [Span("> " + sanitizeLine($0), palette[.quote])] }
        if !lines.isEmpty { lines.append([]) }
        let contextCount = lines.count
        let textLines = compose.text.lines
        for line in textLines { lines.append([Span(sanitizeLine(line), palette[.text])]) }
        // Keep the cursor's line in view: the text scrolls, the context goes first.
        let cursor = compose.text.position
        let cursorRow = contextCount + cursor.line
        let offset = max(0, cursorRow - inner.height + 1)
        screen.textLines(Array(lines.dropFirst(offset)), in: inner, overflow: .clip)
        let row = cursorRow - offset
        guard row >= 0, row < inner.height else { return }
        let line = textLines.indices.contains(cursor.line) ? textLines[cursor.line] : ""
        let column = displayWidth(of: sanitizeLine(String(line.prefix(cursor.column))))
        let x = inner.x + min(column, inner.width - 1)
        let under = line.dropFirst(cursor.column).first.map(String.init) ?? " "
        screen.put(under, at: Position(x: x, y: inner.y + row), style: palette[.selection])
    }
}
