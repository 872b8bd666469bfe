/// Not fatal: something in the configuration that is kept but not understood.
///
/// Same shape as ``ConfigError``: `~/.gerrymander:7: [server] colour: unknown key (ignored)`.
public struct ConfigWarning: Sendable, Hashable, CustomStringConvertible {
    /// Where it is.
    public var location: ConfigLocation
    /// The section, if any.
    public var section: String?
    /// The key, if any.
    public var key: String?
    /// What is odd about it.
    public var message: String

    /// Creates a warning.
    public init(location: ConfigLocation, section: String? = nil, key: String? = nil, message: String) {
        self.location = location
        self.section = section
        self.key = key
        self.message = message
    }

    /// `path:line: [section] key: message`.
    public var description: String {
        ConfigDiagnosticText.format(location: location, section: section, key: key, message: message)
    }
}
