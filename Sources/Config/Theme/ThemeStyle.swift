/// How one role is drawn: foreground, background and attributes.
///
/// Written in a theme file as words in any order: `fg=red bg=default bold underline`.
public struct ThemeStyle: Sendable, Hashable, CustomStringConvertible {
    /// Text attributes.
    public struct Attributes: OptionSet, Sendable, Hashable {
        /// The bits.
        public let rawValue: UInt8
        /// Creates attributes from bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// Bold (or bright, on some terminals).
        public static let bold = Attributes(rawValue: 1 << 0)
        /// Faint.
        public static let dim = Attributes(rawValue: 1 << 1)
        /// Italic, where the terminal has it.
        public static let italic = Attributes(rawValue: 1 << 2)
        /// Underlined.
        public static let underline = Attributes(rawValue: 1 << 3)
        /// Foreground and background swapped.
        public static let reverse = Attributes(rawValue: 1 << 4)

        /// The names used in theme files, in the order they are written back.
        public static let names: [(String, Attributes)] = [
            ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
        ]
    }

    /// The foreground colour.
    public var fg: ThemeColor
    /// The background colour.
    public var bg: ThemeColor
    /// Bold, dim, italic, underline, reverse.
    public var attributes: Attributes

    /// Creates a style.
    public init(fg: ThemeColor = .default, bg: ThemeColor = .default, attributes: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    /// The terminal's own colours, no attributes.
    public static let plain = ThemeStyle()

    /// Reads `fg=red bg=default bold`; `plain` (or `none`) alone means no attributes.
    ///
    /// - Returns: the style, or a message naming the first word that is not understood.
    public static func parse(_ text: String) -> Result<ThemeStyle, StyleSyntaxError> {
        var style = ThemeStyle()
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," }) {
            let word = String(word)
            let lower = word.lowercased()
            if let colour = lower.dropPrefix("fg=") {
                guard let parsed = ThemeColor(parsing: colour) else { return .failure(.badColour(colour)) }
                style.fg = parsed
            } else if let colour = lower.dropPrefix("bg=") {
                guard let parsed = ThemeColor(parsing: colour) else { return .failure(.badColour(colour)) }
                style.bg = parsed
            } else if let attribute = Attributes.names.first(where: { $0.0 == lower }) {
                style.attributes.insert(attribute.1)
            } else if lower == "plain" || lower == "none" {
                continue
            } else {
                return .failure(.unknownWord(word))
            }
        }
        return .success(style)
    }

    /// Why a style could not be read.
    public enum StyleSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
        /// A `fg=`/`bg=` value that is not a colour.
        case badColour(String)
        /// A word that is neither a colour setting nor an attribute.
        case unknownWord(String)

        /// The message for a user.
        public var description: String {
            switch self {
            case .badColour(let colour):
                return "\"\(colour)\" is not a colour (use default, black, red, green, yellow, blue, magenta, cyan, white, bright-NAME, 0-255 or #rrggbb)"
            case .unknownWord(let word):
                return "\"\(word)\" is not understood (use fg=COLOUR, bg=COLOUR, bold, dim, italic, underline, reverse)"
            }
        }
    }

    /// The style as a theme file writes it.
    public var description: String {
        var words = ["fg=\(fg)", "bg=\(bg)"]
        words += Attributes.names.filter { attributes.contains($0.1) }.map(\.0)
        return words.joined(separator: " ")
    }
}
