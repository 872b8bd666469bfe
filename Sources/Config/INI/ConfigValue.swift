/// One `key = value` from a configuration file, with where it was written.
///
/// `value` is the final text (interpolation done, continuation lines joined with `\n`).
public struct ConfigValue: Sendable, Hashable {
    /// The section it was read in (case kept as written).
    public var section: String
    /// The key, lower-cased as configparser does.
    public var key: String
    /// The value after interpolation.
    public var value: String
    /// Where the key was written.
    public var location: ConfigLocation

    /// Creates a value.
    public init(section: String, key: String, value: String, location: ConfigLocation) {
        self.section = section
        self.key = key
        self.value = value
        self.location = location
    }

    /// An error about this value, placed at its line.
    public func error(_ message: String) -> ConfigError {
        ConfigError(location: location, section: section, key: key, message: message)
    }

    /// A warning about this value, placed at its line.
    public func warning(_ message: String) -> ConfigWarning {
        ConfigWarning(location: location, section: section, key: key, message: message)
    }
}
