import Foundation

/// `[keys]`: `command-id = key, key…`, kept raw with lines until the TUI validates them.
public struct KeyBindings: Sendable, Hashable {
    /// One `command-id = keys` line.
    public struct Binding: Sendable, Hashable {
        /// The command id (lower-cased key).
        public var command: String
        /// The key names, split at commas and blanks (`q, ctrl-c` or `q ctrl-c`).
        public var keys: [String]
        /// The whole line, for messages.
        public var value: ConfigValue

        /// Creates a binding from a `[keys]` value.
        public init(value: ConfigValue) {
            self.command = value.key
            self.keys = value.value
                .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\n" })
                .map(String.init)
            self.value = value
        }
    }

    /// The bindings in file order (a command written twice: the later wins in ``keys(for:)``).
    public var bindings: [Binding]

    /// Creates key bindings.
    public init(bindings: [Binding] = []) {
        self.bindings = bindings
    }

    /// The keys configured for `command`, or nil when the config does not rebind it.
    public func keys(for command: String) -> [String]? {
        let command = command.lowercased()
        return bindings.last { $0.command == command }?.keys
    }

    /// Checks every binding against the TUI's command table and key names.
    ///
    /// - Parameters:
    ///   - commands: the known command ids.
    ///   - keyNames: the known key names (`enter`, `ctrl-d`, `f5`…), compared case-insensitively.
    ///   - singleCharacters: whether any one-character key (`j`, `+`, `é`) is accepted as is.
    /// - Returns: one error per unknown command or key, each at its file:line.
    public func validate(commands: Set<String>, keyNames: Set<String>,
                         singleCharacters: Bool = true) -> [ConfigError] {
        let names = Set(keyNames.map { $0.lowercased() })
        var errors: [ConfigError] = []
        for binding in bindings {
            if !commands.contains(binding.command) {
                errors.append(binding.value.error("unknown command \"\(binding.command)\"\(Self.suggestion(binding.command, in: commands))"))
            }
            if binding.keys.isEmpty {
                errors.append(binding.value.error("no key given"))
            }
            for key in binding.keys {
                if singleCharacters, key.count == 1 { continue }
                if names.contains(key.lowercased()) { continue }
                errors.append(binding.value.error("unknown key name \"\(key)\"\(Self.suggestion(key.lowercased(), in: names))"))
            }
        }
        return errors
    }

    /// ` (did you mean "x"?)` for a close name, else nothing.
    static func suggestion(_ word: String, in candidates: Set<String>) -> String {
        let limit = max(1, word.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() {
            let distance = EditDistance.between(word, candidate)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return "" }
        return " (did you mean \"\(best.name)\"?)"
    }
}
