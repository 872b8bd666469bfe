/// Turns the runs of cells that changed into the bytes that show them on a terminal, so that a
/// frame reaches the terminal in one write.
///
/// curses (6.4, as Debian builds it) writes to the terminal after every cursor movement: a
/// frame that changed sixty separate runs went out as sixty writes, each waking the terminal
/// (or tmux, or the benchmark's reader) to take a few bytes, and under a live feed a key's frame
/// waited on them. The backend now asks curses only for the terminal's escape sequences
/// (terminfo: `cup`, `sgr0`, `bold`, `setaf` …) and writes each frame itself.
///
/// Each frame starts from unknown attributes (the first cell sets its style in full) and an
/// unknown cursor, so whatever was written between frames (a bell, the clipboard) cannot leak
/// into it. Within a frame the cursor is moved only where a run does not continue where the
/// last one ended, and a style is set only where it changes.
public struct FrameEncoder {
    /// What the terminal needs to be told, as its terminfo entry spells it.
    public struct Capabilities: Sendable {
        /// Moves the cursor to a row and column (both from 0): `cup`.
        public var moveCursor: @Sendable (_ row: Int, _ column: Int) -> [UInt8]
        /// Turns every attribute and colour off: `sgr0`.
        public var reset: [UInt8]
        public var bold: [UInt8]
        public var dim: [UInt8]
        public var italic: [UInt8]
        public var underline: [UInt8]
        public var reverse: [UInt8]
        /// Sets the foreground / background to a colour number: `setaf` / `setab`.
        public var foreground: @Sendable (Int) -> [UInt8]
        public var background: @Sendable (Int) -> [UInt8]
        /// How many colours the terminal has (0: none; only attributes are shown).
        public var colorCount: Int
        /// Writing the last column leaves the cursor there until the next character
        /// (`xenl`): the bottom-right cell can be written without scrolling the screen.
        public var holdsCursorAtMargin: Bool
        /// The cursor moves to the next line after the last column (`am`).
        public var wrapsAtMargin: Bool
        /// How many columns the terminal gives a character (the C library's `wcwidth`: -1 for
        /// one it cannot print, 0 for a combining one).
        public var characterWidth: @Sendable (UInt32) -> Int

        public init(moveCursor: @escaping @Sendable (Int, Int) -> [UInt8], reset: [UInt8], bold: [UInt8], dim: [UInt8],
                    italic: [UInt8], underline: [UInt8], reverse: [UInt8],
                    foreground: @escaping @Sendable (Int) -> [UInt8], background: @escaping @Sendable (Int) -> [UInt8],
                    colorCount: Int, holdsCursorAtMargin: Bool, wrapsAtMargin: Bool,
                    characterWidth: @escaping @Sendable (UInt32) -> Int) {
            self.moveCursor = moveCursor
            self.reset = reset
            self.bold = bold
            self.dim = dim
            self.italic = italic
            self.underline = underline
            self.reverse = reverse
            self.foreground = foreground
            self.background = background
            self.colorCount = colorCount
            self.holdsCursorAtMargin = holdsCursorAtMargin
            self.wrapsAtMargin = wrapsAtMargin
            self.characterWidth = characterWidth
        }
    }

    /// At most this many characters make one cell: a spacing character and combining ones
    /// (curses' CCHARW_MAX; a longer cluster is cut, as curses would).
    static let charactersPerCell = 5

    public let capabilities: Capabilities
    /// The bytes of each style met so far (a screen has a few dozen).
    private var styles: [Style: [UInt8]] = [:]

    public init(capabilities: Capabilities) {
        self.capabilities = capabilities
    }

    /// The bytes that turn a terminal showing the old screen into one showing the new, given
    /// the runs of `Screen.diff(from:)` on a screen of `size`.
    public mutating func encode(_ changes: [ScreenChange], size: Size) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(changes.reduce(0) { $0 + $1.cells.count } * 2 + changes.count * 8)
        var cursor: (row: Int, column: Int)?
        var current: Style?
        let skipsCorner = capabilities.wrapsAtMargin && !capabilities.holdsCursorAtMargin
        for change in changes {
            var x = change.column
            for cell in change.cells {
                defer { x += 1 }
                if cell.isContinuation || x >= size.width { continue }
                // Writing there would scroll a terminal that wraps at once.
                if skipsCorner && change.row == size.height - 1 && x + max(1, cell.width) >= size.width { continue }
                if let at = cursor, at.row == change.row, at.column == x {
                    // The last character left the cursor here.
                } else {
                    out += capabilities.moveCursor(change.row, x)
                }
                if current != cell.style {
                    out += bytes(of: cell.style)
                    current = cell.style
                }
                Self.appendText(of: cell, to: &out, width: capabilities.characterWidth)
                let next = x + max(1, cell.width)
                // At the margin the terminal's cursor is in a state of its own: move it outright.
                cursor = next < size.width ? (change.row, next) : nil
            }
        }
        if current != nil && current != .plain { out += capabilities.reset }
        return out
    }

    /// The bytes that set `style` from any state: a reset, then its attributes and colours.
    mutating func bytes(of style: Style) -> [UInt8] {
        if let known = styles[style] { return known }
        var result = capabilities.reset
        let attributes = style.attributes
        if attributes.contains(.bold) { result += capabilities.bold }
        if attributes.contains(.dim) { result += capabilities.dim }
        if attributes.contains(.italic) { result += capabilities.italic }
        if attributes.contains(.underline) { result += capabilities.underline }
        if attributes.contains(.reverse) { result += capabilities.reverse }
        if let number = style.foreground.number(forColorCount: capabilities.colorCount) {
            result += capabilities.foreground(number)
        }
        if let number = style.background.number(forColorCount: capabilities.colorCount) {
            result += capabilities.background(number)
        }
        styles[style] = result
        return result
    }

    /// A cell's text as UTF-8, chosen so that the terminal draws exactly `cell.width` columns.
    ///
    /// Sequences that terminals draw differently (ZWJ emoji, skin tones, VS16 on text symbols)
    /// are reduced to their base character. A flag (two regional indicators, one column each in
    /// wcwidth) is written as its two letters. A character whose C-library width disagrees with
    /// ours (say an emoji newer than the C library) becomes U+FFFD, plus a space for a wide
    /// cell, so the layout never shifts.
    static func appendText(of cell: Cell, to out: inout [UInt8], width: (UInt32) -> Int) {
        let utf8 = cell.text.utf8
        if cell.width == 1, utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
            out.append(byte)
            return
        }
        var scalars = cell.text.unicodeScalars.makeIterator()
        guard let base = scalars.next() else {
            out.append(0x20)
            return
        }
        let baseWidth = width(base.value)
        if cell.width == 2, baseWidth == 1, (0x1F1E6...0x1F1FF).contains(base.value),
           let second = scalars.next(), (0x1F1E6...0x1F1FF).contains(second.value), scalars.next() == nil {
            out += Array(String(base).utf8) + Array(String(second).utf8)
            return
        }
        guard baseWidth == cell.width else {
            out += [0xEF, 0xBF, 0xBD]  // U+FFFD
            if cell.width == 2 { out.append(0x20) }
            return
        }
        var text = String(base)
        var count = 1
        while let scalar = scalars.next() {
            let value = scalar.value
            if value == 0x200D { break }  // ZWJ: keep only the first emoji of the sequence
            if value == 0xFE0F || value == 0xFE0E { continue }
            guard count < charactersPerCell, width(value) == 0 else { continue }
            text.unicodeScalars.append(scalar)
            count += 1
        }
        out += Array(text.utf8)
    }
}
