/// A resolved colour theme: a style for each ``ThemeRole``.
///
/// Roles a theme (and its parents) leave out are drawn with the `text` style.
public struct Theme: Sendable, Hashable {
    /// The theme's name (its file name without `.theme`).
    public var name: String
    /// A one-line description for `:theme` listings.
    public var description: String
    /// The styles the theme sets.
    public var styles: [ThemeRole: ThemeStyle]

    /// Creates a theme.
    public init(name: String, description: String = "", styles: [ThemeRole: ThemeStyle]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    /// The style for `role`, falling back to `text`, then to the terminal's colours.
    public subscript(role: ThemeRole) -> ThemeStyle {
        styles[role] ?? styles[.text] ?? .plain
    }

    /// Roles the theme does not set (shipped themes set them all).
    public var missingRoles: [ThemeRole] {
        ThemeRole.allCases.filter { styles[$0] == nil }
    }

    /// A built-in theme that needs no file: terminal colours and attributes only.
    ///
    /// Used when no theme file can be found, so the TUI always has something to draw with.
    public static let builtIn: Theme = {
        let bold = ThemeStyle(attributes: .bold)
        let dim = ThemeStyle(attributes: .dim)
        let reverse = ThemeStyle(attributes: .reverse)
        var styles: [ThemeRole: ThemeStyle] = [:]
        for role in ThemeRole.allCases { styles[role] = .plain }
        for role: ThemeRole in [.heading, .tabActive, .paneTitle, .voteApproved, .voteRejected, .unread,
                                .error, .key, .live, .borderFocused] {
            styles[role] = bold
        }
        for role: ThemeRole in [.dim, .bot, .voteNeutral, .age, .abandoned, .border, .keyHint, .offline] {
            styles[role] = dim
        }
        for role: ThemeRole in [.titleBar, .statusBar, .selection] { styles[role] = reverse }
        styles[.fresh] = ThemeStyle(attributes: [.bold, .italic])
        styles[.match] = ThemeStyle(attributes: .underline)
        styles[.commentFile] = ThemeStyle(attributes: .underline)
        styles[.diffFile] = bold
        styles[.diffHunk] = dim
        styles[.diffRemoved] = dim
        styles[.diffAddedChange] = ThemeStyle(attributes: [.bold, .underline])
        styles[.diffRemovedChange] = reverse
        return Theme(name: "built-in", description: "No colour, for when no theme file is found", styles: styles)
    }()
}
