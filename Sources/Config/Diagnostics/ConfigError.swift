/// A configuration problem that stops loading, with the place it was found.
///
/// `description` reads `~/.gerrymander:12: [server] port: "29x18" is not a number`; the section
/// and key parts are left out when they do not apply (for example when the whole file is
/// unreadable: `~/.gerrymander: cannot be read: permission denied`).
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: ConfigLocation
    /// The section the problem is in, if any (`server`, `group-nova`).
    public var section: String?
    /// The key the problem is about, if any (`port`).
    public var key: String?
    /// What is wrong, for a user.
    public var message: String

    /// Creates an error.
    public init(location: ConfigLocation, section: String? = nil, key: String? = nil, message: String) {
        self.location = location
        self.section = section
        self.key = key
        self.message = message
    }

    /// The file as read.
    public var file: String { location.file }
    /// The 1-based line, or 0 for a whole-file problem.
    public var line: Int { location.line }

    /// `path:line: [section] key: message`.
    public var description: String {
        ConfigDiagnosticText.format(location: location, section: section, key: key, message: message)
    }
}

/// The one place the diagnostic line is put together, so errors and warnings read alike.
enum ConfigDiagnosticText {
    static func format(location: ConfigLocation, section: String?, key: String?, message: String) -> String {
        // A location without a file (a theme asked for by name) leaves the prefix out.
        var text = location.displayFile.isEmpty ? "" : "\(location): "
        if let section { text += "[\(section)] " }
        if let key { text += "\(key): " }
        return text + message
    }
}
