import Config

/// Looks at the raw arguments before the real parse: which word is the command, and is it known?
///
/// The original parsed twice so that config aliases could become commands; this does the same
/// job up front, and turns a mistyped command into a "did you mean" instead of a confusing error.
struct CommandLineRouter {
    /// Global options that take a value, so the value is not taken for the command word.
    static let optionsWithValue: Set<String> = ["-c", "--config", "--generate-completion-script", "--theme"]

    var arguments: [String]

    /// The index and text of the first word that is neither an option nor an option's value.
    var commandWord: (index: Int, word: String)? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if Self.optionsWithValue.contains(argument) {
                index += 2
                continue
            }
            if argument.hasPrefix("-") {
                index += 1
                continue
            }
            return (index, argument)
        }
        return nil
    }

    /// The value of `-c FILE` / `--config FILE` / `--config=FILE`, if given.
    var configPath: String? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument == "-c" || argument == "--config" {
                return index + 1 < arguments.count ? arguments[index + 1] : nil
            }
            if argument.hasPrefix("--config=") { return String(argument.dropFirst("--config=".count)) }
            index += 1
        }
        return nil
    }

    /// The value of `--theme NAME` / `--theme=NAME`, if given before `--`.
    ///
    /// The root command declares `--theme` so that `gerrymander --help` shows it, and then keeps
    /// the value itself; the UI command takes it from here when its own copy is empty.
    var theme: String? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument == "--theme" { return index + 1 < arguments.count ? arguments[index + 1] : nil }
            if argument.hasPrefix("--theme=") { return String(argument.dropFirst("--theme=".count)) }
            index += 1
        }
        return nil
    }

    var isDemo: Bool { arguments.prefix { $0 != "--" }.contains("--demo") }

    /// `--generate-manual` before the command word: print the man page.
    var wantsManual: Bool {
        let end = commandWord?.index ?? arguments.count
        return arguments[..<end].prefix { $0 != "--" }.contains("--generate-manual")
    }

    /// The closest known name to `word`, when it is close enough to be a likely typo.
    static func suggestion(for word: String, among names: [String]) -> String? {
        let scored = names.map { ($0, editDistance(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = max(2, word.count / 3)
        if best.1 <= allowed { return best.0 }
        return names.first { $0.hasPrefix(word) && word.count >= 3 }
    }

    /// Edits between two words: Config's one rule for every "did you mean".
    static func editDistance(_ a: String, _ b: String) -> Int {
        EditDistance.between(a, b)
    }
}
