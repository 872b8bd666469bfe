import Config
import Store

/// Which command each key runs: the command table's defaults with `[keys]` overrides applied.
///
/// A command named in `[keys]` gets exactly the keys listed there (its defaults are dropped),
/// and a key taken that way stops running any other command. Keys map to command ids, never
/// to closures; what a command does is the caller's business.
public struct Keymap: Hashable, Sendable {
    /// The command table the keymap was built from.
    public let table: CommandTable
    private var commandsByKey: [Key: CommandID]
    private var keysByCommand: [CommandID: [Key]]

    /// The keymap with the table's default keys.
    ///
    /// The table names keys as `[keys]` does; a name that does not parse is a bug in the table,
    /// caught by a test, and skipped here.
    public init(table: CommandTable = .standard) {
        self.table = table
        commandsByKey = [:]
        keysByCommand = [:]
        for command in table.commands {
            assign(command.defaultKeys.compactMap { try? ConfigKeyName.parse($0) }, to: command.id)
        }
    }

    /// The default keymap with `[keys]` applied.
    ///
    /// - Throws: `ConfigError` at the file:line of the first unknown command or key name.
    public init(table: CommandTable = .standard, bindings: KeyBindings) throws(ConfigError) {
        self.init(table: table)
        if let first = Self.validate(bindings, table: table).first { throw first }
        for binding in bindings.bindings {
            guard let id = CommandID(rawValue: binding.command) else { continue }
            let keys = binding.keys.compactMap { try? ConfigKeyName.parse($0) }
            for old in keysByCommand[id] ?? [] where commandsByKey[old] == id {
                commandsByKey[old] = nil
            }
            keysByCommand[id] = []
            assign(keys, to: id)
        }
    }

    /// Every problem in `[keys]`: unknown commands, unknown key names, empty lines.
    public static func validate(_ bindings: KeyBindings, table: CommandTable = .standard) -> [ConfigError] {
        var errors: [ConfigError] = []
        for binding in bindings.bindings {
            if CommandID(rawValue: binding.command) == nil {
                let known = table.commands.map(\.id.rawValue).joined(separator: ", ")
                errors.append(binding.value.error("unknown command \"\(binding.command)\" (commands: \(known))"))
            }
            if binding.keys.isEmpty {
                errors.append(binding.value.error("no key given"))
            }
            for name in binding.keys {
                do {
                    _ = try ConfigKeyName.parse(name)
                } catch {
                    errors.append(binding.value.error("\(error)"))
                }
            }
        }
        return errors
    }

    /// The command a key runs, if any.
    public func command(for key: Key) -> CommandID? {
        commandsByKey[key]
    }

    /// The keys that run a command, first the one to show in hints.
    public func keys(for id: CommandID) -> [Key] {
        keysByCommand[id] ?? []
    }

    /// The keys of a command as shown to users: `j/↓`, `Enter`, `?`.
    public func keyLabel(for id: CommandID, limit: Int = 2) -> String {
        keys(for: id).prefix(limit).map(Self.label).joined(separator: "/")
    }

    /// A key as shown in hints and help (arrows as arrows).
    public static func label(_ key: Key) -> String {
        switch key {
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        default: return key.name
        }
    }

    private mutating func assign(_ keys: [Key], to id: CommandID) {
        for key in keys {
            if let previous = commandsByKey[key], previous != id {
                keysByCommand[previous]?.removeAll { $0 == key }
            }
            commandsByKey[key] = id
            if !(keysByCommand[id] ?? []).contains(key) {
                keysByCommand[id, default: []].append(key)
            }
        }
    }
}
