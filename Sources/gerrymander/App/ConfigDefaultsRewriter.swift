import Config

/// Turns aliases and `[command-NAME]` defaults into ordinary arguments before the real parse.
///
/// The original parsed twice so the config could add commands and defaults; this rewrites the
/// command line instead, so ArgumentParser checks config values exactly like typed ones:
/// - an alias becomes its base command, with `[command-ALIAS]` layered over `[command-BASE]`;
/// - a default is used only when the command line does not give that option: typed lists
///   **replace** config lists (the original appended), and `-p`/`-g`/`--all-groups` count as
///   one choice, as do `--color`/`--no-color`;
/// - booleans read yes/no/true/false/on/off/1/0 and can be turned off (`deps = no`, or
///   `--no-deps` typed over `deps = yes`);
/// - `color = yes/no` (the original's flag) means `--color always/never`, and a bare `--color`
///   typed without a value means `always`;
/// - `file = a, b` gives the positional regexes when none are typed.
struct ConfigDefaultsRewriter {
    var settings: Settings
    /// Looks up a built-in command's arguments.
    var describe: (String) -> CommandCatalog.Command?
    /// The built-in command names: with no defaults for one of them there is nothing to look up.
    var builtins: Set<String> = []

    /// Option names that make one choice together.
    static let families: [Set<String>] = [
        ["project", "group", "all-groups", "no-all-groups"],
        ["color", "no-color"],
    ]

    /// What a rewrite produced.
    struct Result {
        /// The command line to parse.
        var arguments: [String]
        /// Config keys that were ignored, as messages with their file:line.
        var warnings: [String]
        /// The built-in command run (an alias's base), and each config value with the arguments
        /// it became, so a value the parser rejects can be blamed on its line.
        var command: String?
        var injections: [(value: ConfigValue, arguments: [String])]
    }

    /// Rewrites `arguments` for the config.
    ///
    /// - Throws: `ConfigError` for a boolean key whose value is not a boolean, or an alias loop.
    func rewrite(_ arguments: [String]) throws(ConfigError) -> Result {
        let router = CommandLineRouter(arguments: arguments)
        guard let (index, word) = router.commandWord else { return Result(arguments: arguments, warnings: [], injections: []) }
        var base = word
        if let alias = settings.alias(word) {
            guard let resolved = settings.resolvedCommand(word) else {
                throw ConfigError(location: alias.location ?? ConfigLocation(file: "", line: 0),
                                  section: "alias-\(word)", key: "basecmd", message: "aliases refer to each other in a loop")
            }
            base = resolved
        }
        if builtins.contains(base), settings.commandDefaults(for: word).isEmpty {
            // Nothing to inject: skip describing the command, which makes ArgumentParser dump
            // its whole help as JSON for this to decode (a sizeable share of a warm report).
            let typed = Self.fixBareColor(Array(arguments[(index + 1)...]))
            return Result(arguments: Array(arguments[..<index]) + [base] + typed, warnings: [], command: base, injections: [])
        }
        guard let command = describe(base) else { return Result(arguments: arguments, warnings: [], injections: []) }
        let specs = command.arguments ?? []
        let typed = Self.fixBareColor(Array(arguments[(index + 1)...]))
        let given = Self.givenKeys(typed, specs: specs)

        var injected: [String] = []
        var positionals: [String] = []
        var warnings: [String] = []
        var injections: [(value: ConfigValue, arguments: [String])] = []
        let defaults = settings.commandDefaults(for: word).values.sorted {
            ($0.location.file, $0.location.line, $0.key) < ($1.location.file, $1.location.line, $1.key)
        }
        for value in defaults {
            let key = value.key
            guard let spec = specs.first(where: { $0.key == key }) else {
                warnings.append(value.warning("not an option of '\(base)' (ignored)").description)
                continue
            }
            if Self.family(of: key).contains(where: given.names.contains) { continue }
            let before = injected.count
            defer { injections.append((value, Array(injected[before...]))) }
            if spec.isPositional {
                if !given.hasPositional { positionals += value.list }
            } else if spec.isFlag {
                let on = try value.bool()
                if on {
                    injected.append("--\(key)")
                } else if specs.contains(where: { $0.key == "no-\(key)" }) {
                    injected.append("--no-\(key)")
                } else if key.hasPrefix("no-"), specs.contains(where: { $0.key == String(key.dropFirst(3)) }) {
                    injected.append("--\(key.dropFirst(3))")
                }
            } else if key == "color" {
                let text = value.value.trimmingWhitespace().lowercased()
                let mapped = ["yes": "always", "true": "always", "on": "always", "1": "always",
                              "no": "never", "false": "never", "off": "never", "0": "never"][text] ?? text
                injected.append("--color=\(mapped)")
            } else if spec.isRepeating {
                injected += value.list.map { "--\(key)=\($0)" }
            } else {
                injected.append("--\(key)=\(value.value.trimmingWhitespace())")
            }
        }
        var result = Array(arguments[..<index]) + [base] + injected + typed
        if !positionals.isEmpty {
            if !typed.contains("--") { result.append("--") }
            result += positionals
        }
        return Result(arguments: result, warnings: warnings, command: base, injections: injections)
    }

    /// Every option name in `key`'s family, including its `no-` twin.
    static func family(of key: String) -> Set<String> {
        if let family = families.first(where: { $0.contains(key) }) { return family }
        let plain = key.hasPrefix("no-") ? String(key.dropFirst(3)) : key
        return [plain, "no-" + plain]
    }

    /// `--color` followed by nothing or by something other than a colour choice means `always`.
    static func fixBareColor(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (offset, argument) in arguments.enumerated() {
            if argument == "--" {
                result += arguments[offset...]
                break
            }
            if argument == "--color" {
                let next = offset + 1 < arguments.count ? arguments[offset + 1] : nil
                if next.map({ !["auto", "always", "never"].contains($0) }) ?? true {
                    result.append("--color=always")
                    continue
                }
            }
            result.append(argument)
        }
        return result
    }

    /// The option keys typed on the command line, and whether any positional was typed.
    static func givenKeys(_ arguments: [String], specs: [CommandCatalog.Argument]) -> (names: Set<String>, hasPositional: Bool) {
        var names = Set<String>()
        var hasPositional = false
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                hasPositional = hasPositional || index < arguments.count
                break
            }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.split(separator: "=", maxSplits: 1).first ?? body)
                guard let spec = specs.first(where: { $0.longNames.contains(name) }) else { continue }
                names.insert(spec.key ?? name)
                if spec.isOption && !body.contains("=") { index += 1 }
            } else if argument.hasPrefix("-"), argument.count > 1, Int(argument) == nil {
                let letter = String(argument.dropFirst().prefix(1))
                guard let spec = specs.first(where: { $0.shortNames.contains(letter) }) else { continue }
                names.insert(spec.key ?? letter)
                if spec.isOption && argument.count == 2 { index += 1 }
            } else {
                hasPositional = true
            }
        }
        return (names, hasPositional)
    }
}
