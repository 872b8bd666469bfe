import GerritSim
import Testing
import TUI

/// Widths as a UTF-8 C library gives them, for the characters these tests use.
@Sendable func testWidth(_ value: UInt32) -> Int {
    switch value {
    case 0..<0x20, 0x7F: return -1
    case 0x300...0x36F: return 0
    case 0x1100...0x115F, 0x3040...0x30FF, 0x4E00...0x9FFF, 0xFF01...0xFF60: return 2
    case 0x1F1E6...0x1F1FF: return 1
    case 0x1F300...0x1F64F: return 2
    case 0x1FA70...0x1FAFF: return -1  // newer than this "C library"
    default: return 1
    }
}

extension FrameEncoder.Capabilities {
    /// ECMA-48 / xterm with 256 colours, as `xterm-256color`'s terminfo entry has it (the
    /// sequences `TinyTerminal` reads).
    static func xterm256(characterWidth: @escaping @Sendable (UInt32) -> Int) -> Self {
        Self(
            moveCursor: { row, column in Array("\u{1B}[\(row + 1);\(column + 1)H".utf8) },
            reset: Array("\u{1B}(B\u{1B}[m".utf8), bold: Array("\u{1B}[1m".utf8), dim: Array("\u{1B}[2m".utf8),
            italic: Array("\u{1B}[3m".utf8), underline: Array("\u{1B}[4m".utf8), reverse: Array("\u{1B}[7m".utf8),
            foreground: { n in Array((n < 8 ? "\u{1B}[3\(n)m" : n < 16 ? "\u{1B}[9\(n - 8)m" : "\u{1B}[38;5;\(n)m").utf8) },
            background: { n in Array((n < 8 ? "\u{1B}[4\(n)m" : n < 16 ? "\u{1B}[10\(n - 8)m" : "\u{1B}[48;5;\(n)m").utf8) },
            colorCount: 256, holdsCursorAtMargin: true, wrapsAtMargin: true, characterWidth: characterWidth)
    }
}

/// A terminal that understands what the encoder writes (ECMA-48 cursor addressing, SGR,
/// UTF-8 text with the widths above): the screen it ends up showing is compared with the
/// screen the encoder was given.
struct TinyTerminal {
    struct Shown: Equatable, CustomStringConvertible {
        var text: String
        var bold = false, dim = false, italic = false, underline = false, reverse = false
        var foreground: Int?
        var background: Int?
        var description: String { "\(text.debugDescription)\(bold ? " bold" : "")\(foreground.map { " fg\($0)" } ?? "")\(background.map { " bg\($0)" } ?? "")" }
    }

    let width: Int, height: Int
    var cells: [Shown]
    var row = 0, column = 0
    var pen = Shown(text: "")
    /// Bytes that were not understood (the test fails on any).
    var unknown: [String] = []
    /// The terminal scrolled (a write past the bottom-right corner).
    var scrolled = false

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = Array(repeating: Shown(text: " "), count: width * height)
    }

    mutating func feed(_ bytes: [UInt8]) {
        var index = 0
        var text: [UInt8] = []
        func flushText() {
            for scalar in String(decoding: text, as: UTF8.self).unicodeScalars { put(scalar) }
            text.removeAll()
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x1B else {
                text.append(byte)
                index += 1
                continue
            }
            flushText()
            if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "("), bytes[index + 2] == UInt8(ascii: "B") {
                index += 3
                continue
            }
            guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else {
                unknown.append("ESC at \(index)")
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
            guard end < bytes.count else { unknown.append("cut CSI"); return }
            let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
                .split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            switch bytes[end] {
            case UInt8(ascii: "H"):
                row = (parameters.first ?? 1) - 1
                column = (parameters.count > 1 ? parameters[1] : 1) - 1
            case UInt8(ascii: "m"):
                sgr(parameters)
            default:
                unknown.append("CSI \(Character(Unicode.Scalar(bytes[end])))")
            }
            index = end + 1
        }
        flushText()
    }

    private mutating func sgr(_ parameters: [Int]) {
        var i = 0
        while i < parameters.count {
            let p = parameters[i]
            switch p {
            case 0: pen = Shown(text: "")
            case 1: pen.bold = true
            case 2: pen.dim = true
            case 3: pen.italic = true
            case 4: pen.underline = true
            case 7: pen.reverse = true
            case 30...37: pen.foreground = p - 30
            case 90...97: pen.foreground = p - 90 + 8
            case 40...47: pen.background = p - 40
            case 100...107: pen.background = p - 100 + 8
            case 38, 48:
                if i + 2 < parameters.count, parameters[i + 1] == 5 {
                    if p == 38 { pen.foreground = parameters[i + 2] } else { pen.background = parameters[i + 2] }
                    i += 2
                }
            default: unknown.append("SGR \(p)")
            }
            i += 1
        }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let w = testWidth(scalar.value)
        if w == 0 {
            let at = row * width + column - 1
            if column > 0, at >= 0 { cells[at].text.unicodeScalars.append(scalar) }
            return
        }
        guard row < height else { scrolled = true; return }
        if column >= width {
            // Past the margin: the terminal wraps (and scrolls below the last row).
            column = 0
            row += 1
            if row >= height { scrolled = true; return }
        }
        var shown = pen
        shown.text = String(scalar)
        cells[row * width + column] = shown
        if w == 2 && column + 1 < width {
            var right = pen
            right.text = ""
            cells[row * width + column + 1] = right
        }
        column += max(1, w)
    }

    /// How `screen` should look here.
    static func expected(_ screen: Screen) -> [Shown] {
        var shown = screen.cells.map { cell in
            let attributes = cell.style.attributes
            return Shown(text: cell.isContinuation ? "" : cell.text, bold: attributes.contains(.bold),
                         dim: attributes.contains(.dim), italic: attributes.contains(.italic),
                         underline: attributes.contains(.underline), reverse: attributes.contains(.reverse),
                         foreground: cell.style.foreground.number(forColorCount: 256),
                         background: cell.style.background.number(forColorCount: 256))
        }
        // A flag is written as its two letters, one a column.
        for (index, cell) in screen.cells.enumerated() where cell.width == 2 {
            let scalars = Array(cell.text.unicodeScalars)
            if scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }), index + 1 < shown.count {
                shown[index].text = String(scalars[0])
                shown[index + 1].text = String(scalars[1])
            }
        }
        return shown
    }
}

@Suite("Frames written as bytes")
struct FrameEncoderTests {
    let capabilities = FrameEncoder.Capabilities.xterm256(characterWidth: testWidth)

    func screen(_ size: Size, _ lines: [(Int, Int, String, Style)]) -> Screen {
        var screen = Screen(size: size)
        for (x, y, text, style) in lines { screen.put(text, at: Position(x: x, y: y), style: style) }
        return screen
    }

    @Test("A frame drawn over the last one leaves the terminal showing exactly the new screen")
    func roundTrip() {
        let size = Size(width: 30, height: 6)
        let first = screen(size, [(0, 0, "gerrymander ● live", Style(fg: .cyan, .bold)),
                                  (2, 2, "漢字 and text", Style(fg: .indexed(208))),
                                  (0, 5, "status bar to the very last column", Style(fg: .black, bg: .white))])
        let second = screen(size, [(0, 0, "gerrymander ○ down", Style(fg: .red, .bold)),
                                   (2, 2, "漢x字 and text", Style(fg: .indexed(208), .underline)),
                                   (4, 3, "é combining e\u{301}", Style.plain.reverse),
                                   (0, 5, "status bar to the very last column!", Style(fg: .black, bg: .brightWhite))])
        var encoder = FrameEncoder(capabilities: capabilities)
        var terminal = TinyTerminal(width: size.width, height: size.height)
        terminal.feed(encoder.encode(first.diff(from: nil), size: size))
        #expect(terminal.cells == TinyTerminal.expected(first))
        terminal.feed(encoder.encode(second.diff(from: first), size: size))
        #expect(terminal.unknown.isEmpty)
        #expect(!terminal.scrolled)
        #expect(terminal.cells == TinyTerminal.expected(second))
    }

    @Test("Random edits over many frames: the terminal always shows the screen")
    func randomFrames() {
        // The simulator's generator: the random screens are the same every run.
        var generator = SplitMix64(seed: 7)
        let size = Size(width: 23, height: 7)
        let pieces = ["a", "bc", "漢字", "x", "🎉", "é", "—", " ", "zz", "ｆ", "🇩🇪"]
        let styles = [Style.plain, Style(fg: .green), Style(fg: .indexed(99), bg: .blue, .bold),
                      Style.plain.reverse, Style(fg: .rgb(250, 128, 0), .italic, .dim)]
        var encoder = FrameEncoder(capabilities: capabilities)
        var terminal = TinyTerminal(width: size.width, height: size.height)
        var last: Screen?
        var current = Screen(size: size)
        for _ in 0..<200 {
            for _ in 0..<Int(generator.next() % 6) {
                let text = (0..<Int(generator.next() % 4 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
                current.put(text, at: Position(x: Int(generator.next() % UInt64(size.width)), y: Int(generator.next() % UInt64(size.height))),
                            style: styles[Int(generator.next() % UInt64(styles.count))])
            }
            terminal.feed(encoder.encode(current.diff(from: last), size: size))
            last = current
            #expect(terminal.cells == TinyTerminal.expected(current))
            if terminal.cells != TinyTerminal.expected(current) { return }
        }
        #expect(terminal.unknown.isEmpty)
        #expect(!terminal.scrolled)
    }

    @Test("The cursor is moved only where a run does not go on from the last; styles only where they change")
    func fewMoves() {
        let size = Size(width: 20, height: 3)
        let old = Screen(size: size)
        let new = screen(size, [(0, 1, "abc", Style(fg: .red)), (3, 1, "def", Style(fg: .red)), (10, 1, "x", Style(fg: .red))])
        var encoder = FrameEncoder(capabilities: capabilities)
        let bytes = String(decoding: encoder.encode(new.diff(from: old), size: size), as: UTF8.self)
        #expect(bytes == "\u{1B}[2;1H\u{1B}(B\u{1B}[m\u{1B}[31mabcdef\u{1B}[2;11Hx\u{1B}(B\u{1B}[m")
    }

    @Test("Without xenl the bottom-right cell is left alone, so the screen never scrolls")
    func corner() {
        let size = Size(width: 5, height: 2)
        var noGlitch = capabilities
        noGlitch.holdsCursorAtMargin = false
        var encoder = FrameEncoder(capabilities: noGlitch)
        let new = screen(size, [(0, 1, "12345", .plain)])
        let bytes = String(decoding: encoder.encode(new.diff(from: Screen(size: size)), size: size), as: UTF8.self)
        #expect(bytes.hasSuffix("1234"))
        var xterm = FrameEncoder(capabilities: capabilities)
        #expect(String(decoding: xterm.encode(new.diff(from: Screen(size: size)), size: size), as: UTF8.self).hasSuffix("12345"))
    }

    @Test("Characters the C library measures differently become U+FFFD, padded to the cell's width")
    func unknownWidths() {
        let size = Size(width: 6, height: 1)
        var new = Screen(size: size)
        new.set(Cell("\u{1FA80}", width: 2), x: 0, y: 0)  // wider in our table than in the C library
        new.set(Cell("\u{7}"), x: 3, y: 0)
        var encoder = FrameEncoder(capabilities: capabilities)
        let bytes = String(decoding: encoder.encode(new.diff(from: Screen(size: size)), size: size), as: UTF8.self)
        #expect(bytes.contains("\u{FFFD} "))
        #expect(!bytes.contains("\u{7}"))
        #expect(bytes.filter { $0 == "\u{FFFD}" }.count == 2)
    }

    @Test("Colours are reduced to what the terminal has; none at all without colour")
    func colourCounts() {
        let size = Size(width: 2, height: 1)
        let new = screen(size, [(0, 0, "x", Style(fg: .indexed(208), bg: .brightBlue))])
        var sixteen = capabilities
        sixteen.colorCount = 16
        var encoder = FrameEncoder(capabilities: sixteen)
        let bytes = String(decoding: encoder.encode(new.diff(from: Screen(size: size)), size: size), as: UTF8.self)
        #expect(bytes.contains("\u{1B}[33m"))  // 208 (orange) → yellow
        #expect(bytes.contains("\u{1B}[104m"))
        var mono = capabilities
        mono.colorCount = 0
        var plain = FrameEncoder(capabilities: mono)
        let monoBytes = String(decoding: plain.encode(new.diff(from: Screen(size: size)), size: size), as: UTF8.self)
        #expect(!monoBytes.contains("m\u{1B}[3") && !monoBytes.contains("38;5"))
    }
}
