import Store
import TerminalText

/// The list tabs with their counts: `mine 14  anyones 37  noones 112 …`, the current one
/// highlighted, `…` for a count not loaded yet, `!` for a tab whose query failed, `3/14`
/// while a filter hides some.
///
/// When they do not fit, the bar starts late enough that the current tab shows, with `‹`/`›`
/// marking tabs cut off on either side.
public enum TabBarView {
    /// Draws the tabs into `rect` (one row).
    /// Where each shown tab is: its index and its columns; and whether tabs are cut off.
    public struct Placement: Equatable, Sendable {
        public var tabs: [(index: Int, x: Int, width: Int)]
        public var cutLeft: Bool
        public var cutRight: Bool

        public static func == (a: Placement, b: Placement) -> Bool {
            a.cutLeft == b.cutLeft && a.cutRight == b.cutRight
                && a.tabs.map(\.index) == b.tabs.map(\.index) && a.tabs.map(\.x) == b.tabs.map(\.x)
        }
    }

    /// The tab pieces, each a list of spans.
    static func pieces(_ tabs: [TabTitle], palette: Palette) -> [[Span]] {
        tabs.map { tab in
            // "3/14" while a filter is on: what it lets through of what waits.
            let total = tab.count.map(String.init) ?? "…"
            // A failed refresh keeps what is known (from the cache or an earlier answer) and marks it.
            let shown = tab.filteredCount.map { "\($0)/" + total } ?? total
            let count = tab.hasError ? (tab.count == nil ? "!" : shown + "!") : shown
            let unread = tab.unread > 0 ? "●" : ""
            if tab.isCurrent {
                return [Span(" " + sanitizeLine(tab.title) + " " + count + unread + " ", palette[.tabActive])]
            }
            return [Span(" " + sanitizeLine(tab.title) + " ", palette[.tab]),
                    Span(count + unread, tab.hasError ? palette[.error] : palette[.badge]), Span(" ", palette[.tab])]
        }
    }

    /// Lays the tabs out in `width` columns starting at `x`, keeping the current one visible.
    public static func placement(_ tabs: [TabTitle], x: Int = 0, width: Int) -> Placement {
        let widths = pieces(tabs, palette: .builtIn).map { $0.reduce(0) { $0 + displayWidth(of: $1.text) } }
        let active = tabs.firstIndex { $0.isCurrent } ?? 0
        var start = 0
        func fits(from first: Int) -> Bool {
            guard active < widths.count else { return true }
            let needed = widths[first...active].reduce(0, +) + (first > 0 ? 1 : 0)
            return needed <= width - 1
        }
        while start < active && !fits(from: start) { start += 1 }
        var result = Placement(tabs: [], cutLeft: start > 0, cutRight: false)
        var column = x + (start > 0 ? 1 : 0)
        for index in start..<widths.count {
            if column + widths[index] > x + width - (index == widths.count - 1 ? 0 : 1) {
                result.cutRight = true
                break
            }
            result.tabs.append((index, column, widths[index]))
            column += widths[index]
        }
        return result
    }

    /// Draws the tabs into `rect` (one row).
    public static func draw(_ tabs: [TabTitle], palette: Palette, in rect: Rect, screen: inout Screen) {
        guard !rect.isEmpty else { return }
        screen.fill(rect, style: palette[.text])
        let pieces = self.pieces(tabs, palette: palette)
        let placement = self.placement(tabs, x: rect.x, width: rect.width)
        if placement.cutLeft {
            screen.put("‹", at: Position(x: rect.x, y: rect.y), style: palette[.dim], clip: rect)
        }
        for tab in placement.tabs {
            screen.put(pieces[tab.index], at: Position(x: tab.x, y: rect.y), clip: rect)
        }
        if placement.cutRight {
            screen.put("›", at: Position(x: rect.maxX - 1, y: rect.y), style: palette[.dim], clip: rect)
        }
    }

    /// The tab at a column, if any.
    public static func tab(at column: Int, _ tabs: [TabTitle], width: Int) -> Int? {
        placement(tabs, width: width).tabs.first { column >= $0.x && column < $0.x + $0.width }?.index
    }
}
