import Config

/// A theme resolved into TUI styles: one `Style` per `ThemeRole`.
///
/// Themes are read by Config (`ThemeLoader`); this only translates their colours and
/// attributes into the terminal-independent `Style` the views draw with.
public struct Palette: Hashable, Sendable {
    /// The theme's name.
    public let name: String
    private let styles: [ThemeRole: Style]

    public init(theme: Theme) {
        name = theme.name
        var styles: [ThemeRole: Style] = [:]
        for role in ThemeRole.allCases {
            styles[role] = Self.style(theme[role])
        }
        self.styles = styles
    }

    /// The style for a role.
    public subscript(role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }

    /// The built-in theme (attributes only), for when no theme file is found.
    public static let builtIn = Palette(theme: .builtIn)

    /// A theme style as a TUI style.
    public static func style(_ style: ThemeStyle) -> Style {
        var attributes: Style.Attributes = []
        let pairs: [(ThemeStyle.Attributes, Style.Attributes)] = [
            (.bold, .bold), (.dim, .dim), (.italic, .italic), (.underline, .underline), (.reverse, .reverse),
        ]
        for (theirs, ours) in pairs where style.attributes.contains(theirs) {
            attributes.insert(ours)
        }
        return Style(foreground: color(style.fg), background: color(style.bg), attributes: attributes)
    }

    /// A theme colour as a terminal colour.
    public static func color(_ color: ThemeColor) -> TerminalColor {
        switch color {
        case .default: return .default
        case .named(let name): return .ansi(UInt8(ThemeColor.Name.allCases.firstIndex(of: name) ?? 0))
        case .bright(let name): return .ansi(UInt8(8 + (ThemeColor.Name.allCases.firstIndex(of: name) ?? 0)))
        case .indexed(let index): return .indexed(index)
        case .rgb(let red, let green, let blue): return .rgb(red, green, blue)
        }
    }

    /// A vote's role by its value: approved, positive, neutral, negative, rejected.
    public static func voteRole(_ value: Int) -> ThemeRole {
        switch value {
        case 2...: return .voteApproved
        case 1: return .votePositive
        case 0: return .voteNeutral
        case -1: return .voteNegative
        default: return .voteRejected
        }
    }
}
