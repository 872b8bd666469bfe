import Store

/// Draws lines of spans from a scroll offset, with a `↓ more` marker when some are below.
public enum ScrolledLines {
    /// The offset actually used: never past the last page.
    public static func clampedOffset(_ offset: Int, lineCount: Int, height: Int) -> Int {
        max(0, min(offset, lineCount - height))
    }

    /// Draws `lines` from `offset` (clamped) into `rect`.
    public static func draw(_ lines: [[Span]], offset: Int, palette: Palette, in rect: Rect, screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let start = clampedOffset(offset, lineCount: lines.count, height: rect.height)
        let visible = Array(lines.dropFirst(start).prefix(rect.height))
        screen.textLines(visible, in: rect)
        if start + rect.height < lines.count {
            let marker = " ↓ \(lines.count - start - rect.height) more "
            screen.put(marker, at: Position(x: max(rect.x, rect.maxX - marker.count), y: rect.maxY - 1),
                       style: palette[.dim].reverse, clip: rect)
        }
    }
}
