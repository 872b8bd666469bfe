import TerminalText

/// A piece of text in one style, for lines that mix styles.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// How text that does not fit its width ends.
public enum Overflow: Hashable, Sendable {
    /// Cut at the edge.
    case clip
    /// Cut and end with "…".
    case ellipsis
}

extension Screen {
    /// Writes text starting at a position, one grapheme cluster per cell (two for wide ones).
    ///
    /// Text is not wrapped: what falls outside `clip` (or the screen) is not drawn, and a wide
    /// character that would straddle the clip's right edge becomes a space. Clusters of width 0
    /// (control characters) are dropped; server text should already be sanitized.
    /// - Returns: The column after the last cell written (or the clip's right edge).
    @discardableResult
    public mutating func put(_ text: String, at position: Position, style: Style = .plain,
                             clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        var x = position.x
        let y = position.y
        guard y >= area.minY, y < area.maxY else { return x }
        for cluster in text {
            if x >= area.maxX { break }
            let width = displayWidth(of: cluster)
            if width == 0 { continue }
            if x < area.minX {
                // Left of the clip: the right half of a wide character that starts outside
                // shows as a space, as a terminal would.
                if width == 2 && x + 1 == area.minX {
                    set(.blank(style), x: area.minX, y: y)
                }
                x += width
                continue
            }
            if width == 2 && x + 1 >= area.maxX {
                set(.blank(style), x: x, y: y)
                x += 1
                break
            }
            set(Cell(String(cluster), width: width, style: style), x: x, y: y)
            x += width
        }
        return min(x, area.maxX)
    }

    /// Writes spans one after another on a row; see `put(_:at:style:clip:)`.
    @discardableResult
    public mutating func put(_ spans: [Span], at position: Position, clip: Rect? = nil) -> Int {
        var x = position.x
        for span in spans {
            x = put(span.text, at: Position(x: x, y: position.y), style: span.style, clip: clip)
        }
        return x
    }

    /// Fills a rectangle with one character (a space by default) in a style.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        let width = max(1, displayWidth(of: character))
        if width == 1 {
            // Every pane's background is filled on every frame: one cell value, written row by
            // row. Inside the area every cell is overwritten, so only a wide character across
            // one of its edges needs its other half blanked, as `set` would.
            guard !area.isEmpty else { return }
            let cell = Cell(String(character), width: 1, style: style)
            for y in area.minY..<area.maxY { fillRow(y, columns: area.minX..<area.maxX, with: cell) }
            return
        }
        for y in area.minY..<area.maxY {
            var x = area.minX
            while x < area.maxX {
                if width == 2 && x + 1 >= area.maxX {
                    set(.blank(style), x: x, y: y)
                } else {
                    set(Cell(String(character), width: width, style: style), x: x, y: y)
                }
                x += width
            }
        }
    }

    /// A horizontal line of `length` cells, `─` by default.
    public mutating func horizontalLine(at position: Position, length: Int,
                                        character: Character = "─", style: Style = .plain) {
        fill(Rect(x: position.x, y: position.y, width: length, height: 1), with: character, style: style)
    }

    /// A vertical line of `length` cells, `│` by default.
    public mutating func verticalLine(at position: Position, length: Int,
                                      character: Character = "│", style: Style = .plain) {
        fill(Rect(x: position.x, y: position.y, width: 1, height: length), with: character, style: style)
    }

    /// Draws a border around `rect` with an optional title in the top edge, and returns the
    /// inside.
    ///
    /// The title is drawn as `┌ title ───┐`, cut with "…" when the box is narrow.
    @discardableResult
    public mutating func box(_ rect: Rect, title: String? = nil, border: BorderStyle = .single,
                             style: Style = .plain, titleStyle: Style? = nil) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let clip = rect
        let c = border.characters
        horizontalLine(at: Position(x: rect.x + 1, y: rect.y), length: rect.width - 2, character: c.horizontal, style: style)
        horizontalLine(at: Position(x: rect.x + 1, y: rect.maxY - 1), length: rect.width - 2, character: c.horizontal, style: style)
        verticalLine(at: Position(x: rect.x, y: rect.y + 1), length: rect.height - 2, character: c.vertical, style: style)
        verticalLine(at: Position(x: rect.maxX - 1, y: rect.y + 1), length: rect.height - 2, character: c.vertical, style: style)
        put(String(c.topLeft), at: Position(x: rect.x, y: rect.y), style: style, clip: clip)
        put(String(c.topRight), at: Position(x: rect.maxX - 1, y: rect.y), style: style, clip: clip)
        put(String(c.bottomLeft), at: Position(x: rect.x, y: rect.maxY - 1), style: style, clip: clip)
        put(String(c.bottomRight), at: Position(x: rect.maxX - 1, y: rect.maxY - 1), style: style, clip: clip)
        if let title, !title.isEmpty, rect.width >= 5 {
            let room = rect.width - 4
            let shown = truncate(title, toWidth: room)
            let titleClip = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
            put(" " + shown + " ", at: Position(x: rect.x + 1, y: rect.y), style: titleStyle ?? style, clip: titleClip)
        }
        return rect.inset(by: 1)
    }

    /// Draws lines of text into a rectangle, one per row from the top, each cut to the width.
    ///
    /// Lines beyond the height are not drawn; newlines inside a line are not interpreted
    /// (split text first). Rows not covered keep what was there.
    /// - Returns: How many lines were drawn.
    @discardableResult
    public mutating func textLines(_ lines: [String], in rect: Rect, style: Style = .plain,
                                   overflow: Overflow = .ellipsis) -> Int {
        textLines(lines.map { [Span($0, style)] }, in: rect, overflow: overflow)
    }

    /// Draws styled lines into a rectangle; see `textLines(_:in:style:overflow:)`.
    @discardableResult
    public mutating func textLines(_ lines: [[Span]], in rect: Rect, overflow: Overflow = .ellipsis) -> Int {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return 0 }
        var drawn = 0
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            let y = rect.y + offset
            let spans = overflow == .ellipsis ? Self.truncated(line, toWidth: rect.width) : line
            put(spans, at: Position(x: rect.x, y: y), clip: rect)
            drawn += 1
        }
        return drawn
    }

    /// Cuts spans to a width with a trailing "…" in the style of the span that was cut.
    static func truncated(_ spans: [Span], toWidth width: Int) -> [Span] {
        let total = spans.reduce(0) { $0 + displayWidth(of: $1.text) }
        guard total > width else { return spans }
        var result: [Span] = []
        var left = width
        for span in spans {
            let spanWidth = displayWidth(of: span.text)
            if spanWidth < left {
                result.append(span)
                left -= spanWidth
            } else {
                // More text follows this point, so the cut must show: the extra "x" forces
                // the ellipsis even when the span fills the room exactly, and is never kept.
                result.append(Span(truncate(span.text + "x", toWidth: left), span.style))
                break
            }
        }
        return result
    }
}
