/// A command line read without ArgumentParser, for the plain shapes the report commands are
/// run with every day (`todo-mine`, `changes --status open -l 10`, `comments 1035 --current`).
///
/// ArgumentParser finds its options by reflection: every run builds each option's definition
/// through the Swift runtime's type and conformance look-ups, a linear search over the
/// binary's ~7,400 conformance records per new type. Measured with callgrind on a warm
/// `todo-mine`: 30 M of its 56 M instructions, more than the report itself.
///
/// This reader knows only what it is told (each option group lists its own options beside
/// their declarations) and gives up on anything unusual: an unknown or repeated option, a value
/// that looks like an option, `--`, bundled short flags, `--help`. Giving up is never an error:
/// the command line then goes to ArgumentParser, which parses it or explains what is wrong.
/// So this path only ever answers for lines ArgumentParser would accept, with the same result
/// (checked command by command against ArgumentParser in `FastCommandLineTests`).
struct FastArguments {
    /// One option as the command line spells it.
    struct Option {
        enum Kind {
            /// `--name VALUE` or `--name=VALUE`; `repeating` collects every value.
            case value(repeating: Bool)
            /// `--name` alone.
            case flag
            /// `--name` or `--no-name`.
            case invertibleFlag
        }

        /// Every spelling, dashes included: `["-c", "--config"]`.
        var names: [String]
        var kind: Kind

        /// The key values are stored under: the long name without dashes.
        var key: String {
            let long = names.first { $0.hasPrefix("--") } ?? names[0]
            return String(long.drop { $0 == "-" })
        }

        static func value(_ names: String..., repeating: Bool = false) -> Option {
            Option(names: names, kind: .value(repeating: repeating))
        }

        static func flag(_ names: String...) -> Option {
            Option(names: names, kind: .flag)
        }

        static func invertible(_ name: String) -> Option {
            Option(names: ["--" + name], kind: .invertibleFlag)
        }
    }

    /// The line is not one this reader answers for; ArgumentParser takes it.
    struct Unsupported: Error {}

    private var values: [String: [String]] = [:]
    private var flags: [String: Bool] = [:]
    /// Words that are neither options nor their values, in order.
    private(set) var positionals: [String] = []

    /// Reads `arguments` (the words after the command name) against `options`.
    /// - Throws: `Unsupported` for anything this reader does not answer for.
    init(_ arguments: [String], options: [Option]) throws {
        var spellings: [String: (option: Option, inverted: Bool)] = [:]
        for option in options {
            for name in option.names { spellings[name] = (option, false) }
            if case .invertibleFlag = option.kind {
                spellings["--no-" + option.key] = (option, true)
            }
        }
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            guard word.hasPrefix("-") else {
                positionals.append(word)
                continue
            }
            // `--name=value`; a short option must be exactly `-x` (no `-xVALUE`, no bundles).
            var name = word
            var attached: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                attached = String(word[word.index(after: equals)...])
            }
            guard name.count >= 2, name != "--", let (option, inverted) = spellings[name] else { throw Unsupported() }
            let key = option.key
            switch option.kind {
            case .value(let repeating):
                let value: String
                if let attached {
                    // ArgumentParser reads `--name=` as a missing value.
                    guard !attached.isEmpty else { throw Unsupported() }
                    value = attached
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("-") else { throw Unsupported() }
                    value = arguments[index]
                    index += 1
                }
                if !repeating, values[key] != nil { throw Unsupported() }
                values[key, default: []].append(value)
            case .flag, .invertibleFlag:
                guard attached == nil, flags[key] == nil else { throw Unsupported() }
                flags[key] = !inverted
            }
        }
    }

    /// The value of a single-valued option, if given.
    func value(_ key: String) -> String? {
        values[key]?.last
    }

    /// Every value of a repeating option, in order; `otherwise` when it was not given.
    func values(_ key: String, otherwise: [String] = []) -> [String] {
        values[key] ?? otherwise
    }

    /// A whole number, as ArgumentParser reads one.
    func int(_ key: String) throws -> Int? {
        guard let text = value(key) else { return nil }
        guard let number = Int(text) else { throw Unsupported() }
        return number
    }

    /// A value read by its type's own `ExpressibleByArgument` initialiser.
    func parsed<T>(_ key: String, _ make: (String) -> T?) throws -> T? {
        guard let text = value(key) else { return nil }
        guard let parsed = make(text) else { throw Unsupported() }
        return parsed
    }

    /// A flag: true if given (`--name`), false if inverted (`--no-name`), else `otherwise`.
    func flag(_ key: String, otherwise: Bool = false) -> Bool {
        flags[key] ?? otherwise
    }

    /// Throws unless there are no positional words.
    func expectNoPositionals() throws {
        if !positionals.isEmpty { throw Unsupported() }
    }
}
