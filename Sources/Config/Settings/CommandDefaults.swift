/// `[command-NAME]`: option defaults for one command, kept raw for the CLI to validate.
///
/// Keys are long option names without `--` (`project`, `field`, `days`) or positional names;
/// each keeps its line so the CLI can report `~/.gerrymander:40: [command-changes] sort: …`.
public struct CommandDefaults: Sendable, Hashable {
    /// The command name (the part after `command-`).
    public var command: String
    /// The values in file order; the last of a duplicated key wins in ``value(_:)``.
    public var values: [ConfigValue]

    /// Creates command defaults.
    public init(command: String, values: [ConfigValue] = []) {
        self.command = command
        self.values = values
    }

    /// The distinct option names in file order.
    public var keys: [String] {
        var seen = Set<String>()
        return values.map(\.key).filter { seen.insert($0).inserted }
    }

    /// The value for an option name (case-insensitive), if set.
    public func value(_ key: String) -> ConfigValue? {
        let key = key.lowercased()
        return values.last { $0.key == key }
    }

    /// Key → value, the last occurrence winning.
    public var dictionary: [String: ConfigValue] {
        var result: [String: ConfigValue] = [:]
        for value in values { result[value.key] = value }
        return result
    }
}
