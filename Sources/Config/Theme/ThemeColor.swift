/// A terminal colour as a theme names it.
///
/// Written as `default`, one of the eight names (`red`), `bright-NAME`, a number 0–255, or
/// `#rrggbb` (the terminal backend picks the nearest colour it can show).
public enum ThemeColor: Sendable, Hashable, CustomStringConvertible {
    /// The eight basic colours, in terminal order (black is 0).
    public enum Name: String, Sendable, Hashable, CaseIterable {
        case black, red, green, yellow, blue, magenta, cyan, white
    }

    /// The terminal's own foreground or background.
    case `default`
    /// Colour 0–7.
    case named(Name)
    /// Colour 8–15.
    case bright(Name)
    /// A 256-colour palette index.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(red: UInt8, green: UInt8, blue: UInt8)

    /// Reads a colour word; nil when it is not one.
    public init?(parsing text: String) {
        let word = text.lowercased()
        if word == "default" {
            self = .default
        } else if let name = Name(rawValue: word) {
            self = .named(name)
        } else if word.hasPrefix("bright-"), let name = Name(rawValue: String(word.dropFirst(7))) {
            self = .bright(name)
        } else if let number = UInt8(word) {
            self = .indexed(number)
        } else if word.hasPrefix("#"), word.count == 7, let value = UInt32(word.dropFirst(), radix: 16) {
            self = .rgb(red: UInt8((value >> 16) & 0xFF), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    /// The 256-colour index this colour is closest to; nil for `.default`.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .named(let name): return Name.allCases.firstIndex(of: name)
        case .bright(let name): return (Name.allCases.firstIndex(of: name) ?? 0) + 8
        case .indexed(let index): return Int(index)
        case .rgb(let red, let green, let blue):
            // The 6×6×6 cube of the xterm palette.
            func level(_ c: UInt8) -> Int { c < 48 ? 0 : c < 115 ? 1 : (Int(c) - 35) / 40 }
            return 16 + 36 * level(red) + 6 * level(green) + level(blue)
        }
    }

    /// The colour as a theme file writes it.
    public var description: String {
        switch self {
        case .default: return "default"
        case .named(let name): return name.rawValue
        case .bright(let name): return "bright-\(name.rawValue)"
        case .indexed(let index): return String(index)
        case .rgb(let red, let green, let blue):
            return "#" + [red, green, blue].map { byte in
                let hex = String(byte, radix: 16)
                return hex.count == 1 ? "0" + hex : hex
            }.joined()
        }
    }
}
