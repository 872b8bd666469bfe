@preconcurrency import CNcursesw
import TUI

/// Maps `(foreground, background)` colours to curses colour pairs, allocating pairs on demand.
///
/// Colours are reduced to what the terminal has: 256, 16 or 8 colours, or none (then only
/// attributes are shown). When the terminal runs out of pairs, new combinations fall back to
/// the default colours rather than failing.
struct ColorPairs {
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int32 = 1
    private let colorCount: Int
    private let pairLimit: Int32

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// - Parameters:
    ///   - colorCount: `COLORS` (0 when the terminal has no colour).
    ///   - pairCount: `COLOR_PAIRS`.
    init(colorCount: Int, pairCount: Int) {
        self.colorCount = colorCount
        // setcchar takes the pair as a C short.
        self.pairLimit = Int32(min(pairCount, Int(Int16.max)))
    }

    /// The curses colour number for a colour: -1 is the terminal default.
    func colorNumber(_ color: TerminalColor) -> Int16 {
        switch colorCount {
        case 256...:
            return Int16(color.paletteIndex ?? -1)
        case 16..<256:
            guard let index = color.paletteIndex else { return -1 }
            return Int16(index < 16 ? index : (color.basicIndex ?? -1))
        default:
            return Int16(color.basicIndex ?? -1)
        }
    }

    /// The pair number for a style's colours, allocating it if new; 0 for default colours.
    mutating func pair(for style: Style) -> Int16 {
        guard colorCount > 0 else { return 0 }
        let key = PairKey(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let known = pairs[key] { return known }
        guard nextPair < pairLimit else { return 0 }
        let number = Int16(nextPair)
        guard init_pair(number, key.foreground, key.background) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = number
        return number
    }

    /// Forgets every pair (after the terminal was re-initialised).
    mutating func reset() {
        pairs = [:]
        nextPair = 1
    }
}
