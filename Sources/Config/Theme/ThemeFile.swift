/// One theme file as written, before its parent is applied.
///
/// Format (INI):
/// ```
/// [theme]
/// name = solarized
/// description = Solarized dark
/// inherits = default        ; optional
///
/// [roles]
/// text = fg=default bg=default
/// selection = fg=black bg=cyan bold
/// ```
public struct ThemeFile: Sendable, Hashable {
    /// The name from `[theme] name`, or the file name.
    public var name: String
    /// `[theme] description`.
    public var description: String
    /// `[theme] inherits`: the theme whose styles this one starts from.
    public var inherits: String?
    /// The styles set in `[roles]`.
    public var styles: [ThemeRole: ThemeStyle]
    /// The file.
    public var location: ConfigLocation

    /// Reads a theme file's text.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - location: the file, for messages.
    ///   - fallbackName: the name when `[theme] name` is missing (the file name).
    /// - Throws: ``ConfigError`` at the line of an unknown role, a bad colour or style word, or an
    ///   unknown section or key.
    public static func parse(_ text: String, location: ConfigLocation, fallbackName: String) throws(ConfigError) -> ThemeFile {
        let document = try IniDocument.parse(text, location: location)
        for section in document.sections where section.name != "theme" && section.name != "roles" {
            throw ConfigError(location: section.location, section: section.name,
                              message: "unknown section in a theme file (use [theme] and [roles])")
        }
        var file = ThemeFile(name: fallbackName, description: "", inherits: nil, styles: [:], location: location)
        for value in try document.values(in: "theme") {
            switch value.key {
            case "name": file.name = value.value
            case "description": file.description = value.value
            case "inherits": file.inherits = value.value.isEmpty ? nil : value.value
            default: throw value.error("unknown key (use name, description, inherits)")
            }
        }
        let roles = Set(ThemeRole.allCases.map(\.rawValue))
        for value in try document.values(in: "roles") {
            guard let role = ThemeRole(rawValue: value.key) else {
                throw value.error("unknown role\(KeyBindings.suggestion(value.key, in: roles))")
            }
            switch ThemeStyle.parse(value.value) {
            case .success(let style): file.styles[role] = style
            case .failure(let problem): throw value.error(problem.description)
            }
        }
        return file
    }
}
