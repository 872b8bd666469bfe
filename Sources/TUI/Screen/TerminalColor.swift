/// A colour as a terminal understands it, independent of themes.
///
/// The backend maps it down to what the terminal supports (256 or 8 colours).
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// An index into the xterm 256-colour palette.
    case indexed(UInt8)
    /// A 24-bit colour; shown as the nearest palette colour.
    case rgb(UInt8, UInt8, UInt8)

    public static let black = TerminalColor.ansi(0)
    public static let red = TerminalColor.ansi(1)
    public static let green = TerminalColor.ansi(2)
    public static let yellow = TerminalColor.ansi(3)
    public static let blue = TerminalColor.ansi(4)
    public static let magenta = TerminalColor.ansi(5)
    public static let cyan = TerminalColor.ansi(6)
    public static let white = TerminalColor.ansi(7)
    public static let brightBlack = TerminalColor.ansi(8)
    public static let brightRed = TerminalColor.ansi(9)
    public static let brightGreen = TerminalColor.ansi(10)
    public static let brightYellow = TerminalColor.ansi(11)
    public static let brightBlue = TerminalColor.ansi(12)
    public static let brightMagenta = TerminalColor.ansi(13)
    public static let brightCyan = TerminalColor.ansi(14)
    public static let brightWhite = TerminalColor.ansi(15)

    /// The nearest xterm 256-palette index (for `.default`, nil).
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .ansi(let n): return Int(n & 0x0F)
        case .indexed(let n): return Int(n)
        case .rgb(let r, let g, let b): return Self.nearestPaletteIndex(r, g, b)
        }
    }

    /// The nearest of the 8 basic colours, for terminals with no more (for `.default`, nil).
    public var basicIndex: Int? {
        guard let index = paletteIndex else { return nil }
        if index < 16 { return index % 8 }
        let (r, g, b) = Self.paletteRGB(index)
        // Each channel counts as "on" above the midpoint; that is what the 8 colours encode.
        return (r > 127 ? 1 : 0) | (g > 127 ? 2 : 0) | (b > 127 ? 4 : 0)
    }

    /// Colour cube levels of the xterm palette (indices 16–231).
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static func nearestPaletteIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func cubeStep(_ value: UInt8) -> Int {
            var best = 0
            for (i, level) in cubeLevels.enumerated()
            where abs(level - Int(value)) < abs(cubeLevels[best] - Int(value)) {
                best = i
            }
            return best
        }
        let (cr, cg, cb) = (cubeStep(r), cubeStep(g), cubeStep(b))
        let cubeIndex = 16 + 36 * cr + 6 * cg + cb
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grayStep = min(23, max(0, (average - 3) / 10))
        let grayIndex = 232 + grayStep
        func distance(_ index: Int) -> Int {
            let (pr, pg, pb) = paletteRGB(index)
            return (pr - Int(r)) * (pr - Int(r)) + (pg - Int(g)) * (pg - Int(g)) + (pb - Int(b)) * (pb - Int(b))
        }
        return distance(grayIndex) < distance(cubeIndex) ? grayIndex : cubeIndex
    }

    /// The RGB value xterm uses for a palette index.
    static func paletteRGB(_ index: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[max(0, index)] }
        if index >= 232 {
            let level = 8 + 10 * (index - 232)
            return (level, level, level)
        }
        let cube = index - 16
        return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
    }
}

extension TerminalColor: CustomStringConvertible {
    private static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "brightBlack", "brightRed", "brightGreen", "brightYellow", "brightBlue", "brightMagenta",
        "brightCyan", "brightWhite",
    ]

    /// A short name for golden-file legends: `red`, `246`, `#ff8800`, `default`.
    public var description: String {
        switch self {
        case .default: return "default"
        case .ansi(let n): return Self.ansiNames[Int(n & 0x0F)]
        case .indexed(let n): return "\(n)"
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { value in
                let hex = String(value, radix: 16)
                return hex.count == 1 ? "0" + hex : hex
            }.joined()
        }
    }
}

extension TerminalColor {
    /// The colour number a terminal with `colorCount` colours shows this colour as (its
    /// 256-palette index, reduced to the 16 or 8 colours it has), or nil for the terminal's
    /// own colour and for a terminal without colours.
    public func number(forColorCount colorCount: Int) -> Int? {
        switch colorCount {
        case 256...:
            return paletteIndex
        case 16..<256:
            guard let index = paletteIndex else { return nil }
            return index < 16 ? index : basicIndex
        case 1..<16:
            return basicIndex
        default:
            return nil
        }
    }
}
