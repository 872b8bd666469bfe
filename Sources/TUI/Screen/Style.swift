/// How a cell looks: colours and attributes. A small value, independent of themes.
public struct Style: Hashable, Sendable {
    /// Text attributes a terminal can show.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let italic = Attributes(rawValue: 1 << 2)
        public static let underline = Attributes(rawValue: 1 << 3)
        public static let reverse = Attributes(rawValue: 1 << 4)
    }

    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: Attributes

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default,
                attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours, no attributes.
    public static let plain = Style()

    /// Shorthand: `Style(fg: .red, .bold)`.
    public init(fg foreground: TerminalColor, bg background: TerminalColor = .default,
                _ attributes: Attributes...) {
        self.init(foreground: foreground, background: background,
                  attributes: attributes.reduce(into: []) { $0.formUnion($1) })
    }

    /// This style with more attributes.
    public func adding(_ more: Attributes) -> Style {
        var copy = self
        copy.attributes.formUnion(more)
        return copy
    }

    public var bold: Style { adding(.bold) }
    public var dim: Style { adding(.dim) }
    public var italic: Style { adding(.italic) }
    public var underline: Style { adding(.underline) }
    public var reverse: Style { adding(.reverse) }
}

extension Style: CustomStringConvertible {
    /// For golden-file legends: `fg=red bg=default bold underline`.
    public var description: String {
        var parts = ["fg=\(foreground)", "bg=\(background)"]
        let names: [(Attributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"),
            (.reverse, "reverse"),
        ]
        for (attribute, name) in names where attributes.contains(attribute) {
            parts.append(name)
        }
        return parts.joined(separator: " ")
    }
}
