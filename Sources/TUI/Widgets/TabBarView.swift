import Store
import TerminalText

/// The list tabs with their counts: `mine 14  anyones 37  noones 112 …`, the current one
/// highlighted, `…` for a count not loaded yet, `!` for a tab whose query failed.
///
/// When they do not fit, the bar starts late enough that the current tab shows, with `‹`/`›`
/// marking tabs cut off on either side.
public enum TabBarView {
    /// Draws the tabs into `rect` (one row).
    public static func draw(_ tabs: [TabTitle], palette: Palette, in rect: Rect, screen: inout Screen) {
        guard !rect.isEmpty else { return }
        screen.fill(rect, style: palette[.text])
        let active = tabs.firstIndex { $0.isCurrent } ?? 0
        let pieces: [[Span]] = tabs.map { tab in
            let count = tab.hasError ? "!" : tab.count.map(String.init) ?? "…"
            let unread = tab.unread > 0 ? "●" : ""
            if tab.isCurrent {
                return [Span(" " + sanitizeLine(tab.title) + " " + count + unread + " ", palette[.tabActive])]
            }
            return [Span(" " + sanitizeLine(tab.title) + " ", palette[.tab]),
                    Span(count + unread, tab.hasError ? palette[.error] : palette[.badge]), Span(" ", palette[.tab])]
        }
        let widths = pieces.map { $0.reduce(0) { $0 + displayWidth(of: $1.text) } }
        var start = 0
        func fits(from first: Int) -> Bool {
            guard active < pieces.count else { return true }
            let needed = widths[first...active].reduce(0, +) + (first > 0 ? 1 : 0)
            return needed <= rect.width - 1
        }
        while start < active && !fits(from: start) { start += 1 }
        var x = rect.x
        if start > 0 {
            x = screen.put("‹", at: Position(x: x, y: rect.y), style: palette[.dim], clip: rect)
        }
        for index in start..<pieces.count {
            if x + widths[index] > rect.maxX - (index == pieces.count - 1 ? 0 : 1) {
                screen.put("›", at: Position(x: rect.maxX - 1, y: rect.y), style: palette[.dim], clip: rect)
                break
            }
            x = screen.put(pieces[index], at: Position(x: x, y: rect.y), clip: rect)
        }
    }
}
