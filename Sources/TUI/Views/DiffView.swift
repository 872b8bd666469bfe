import GerritModel
import Reports
import Store
import TerminalText

/// The diff pane: every file of a patch set on one page, comments under their lines, unified
/// or side by side as the store laid it out. Only the rows on screen are drawn, so the first
/// screen of a long diff costs what a short one does.
public enum DiffView {
    public static func draw(_ pane: DiffPane?, showBots: Bool, focused: Bool, palette: Palette, in rect: Rect,
                            screen: inout Screen) {
        let inner = PaneFrame.draw(title: title(pane, showBots: showBots), focused: focused, palette: palette, in: rect,
                                   screen: &screen)
        guard !inner.isEmpty else { return }
        guard let pane else {
            screen.textLines([[Span("No diff open: d on a change shows its code.", palette[.dim])]], in: inner)
            return
        }
        guard let document = pane.document else {
            if let error = pane.error {
                screen.textLines([[Span(sanitizeLine(error), palette[.error])], [],
                                  [Span("Everything else still works; Esc goes back.", palette[.dim])]], in: inner)
            } else {
                screen.textLines([[Span(pane.progress.map { sanitizeLine($0) } ?? "Fetching the code…", palette[.dim])]],
                                 in: inner)
            }
            return
        }
        guard !document.rows.isEmpty else {
            screen.textLines([[Span("No differences.", palette[.dim])]], in: inner)
            return
        }
        let start = ScrolledLines.clampedOffset(pane.scroll, lineCount: document.rows.count, height: inner.height)
        let end = min(document.rows.count, start + inner.height)
        let numberWidth = DiffRowText.numberWidth(document.diff)
        var lines: [[Span]] = []
        lines.reserveCapacity(end - start)
        for row in start..<end {
            var spans = DiffRowText.spans(document, row: row, width: inner.width, numberWidth: numberWidth, palette: palette,
                                          column: pane.column)
            // The comment R and u act on is marked in its indent, so nothing shifts.
            if focused, row == pane.target, let first = spans.first, first.text.hasPrefix(" ") {
                spans[0] = Span(String(first.text.dropFirst()), first.style)
                spans.insert(Span("▸", palette[.selection]), at: 0)
            }
            lines.append(spans)
        }
        screen.textLines(lines, in: inner, overflow: .clip)
        if end < document.rows.count {
            let marker = " ↓ \(document.rows.count - end) more "
            screen.put(marker, at: Position(x: max(inner.x, inner.maxX - marker.count), y: inner.maxY - 1),
                       style: palette[.dim].reverse, clip: inner)
        }
    }

    /// "diff 87329,3 vs Base · 4 files +120 -30 · humans".
    static func title(_ pane: DiffPane?, showBots: Bool) -> String {
        guard let pane else { return Pane.diff.title }
        var title = "diff \(pane.change),\(pane.patchSet) vs \(pane.base)"
        if let diff = pane.document?.diff {
            title += " · \(diff.files.count) file\(diff.files.count == 1 ? "" : "s") +\(diff.insertions) -\(diff.deletions)"
        }
        if pane.column > 0 { title += " · ← \(pane.column) columns" }
        if let document = pane.document {
            title += showBots ? " · all comments" : " · humans" + (document.hiddenBots > 0 ? " (\(document.hiddenBots) from bots hidden)" : "")
        }
        return title
    }
}
