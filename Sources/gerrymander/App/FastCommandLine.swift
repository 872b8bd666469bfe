import ArgumentParser
import Foundation

/// A command that can also be read by `FastArguments`, with the same result as ArgumentParser.
protocol FastParsable: AsyncParsableCommand, GlobalOptionsCarrier {
    /// Every option the command takes, as `FastArguments` spells them.
    static var fastOptions: [FastArguments.Option] { get }
    /// The command as ArgumentParser would make it from `arguments`.
    /// - Throws: `FastArguments.Unsupported` (or a validation error) to leave the line to ArgumentParser.
    static func fast(_ arguments: FastArguments) throws -> Self
}

/// The report commands read without ArgumentParser when their command line is a plain one
/// (see `FastArguments` for why and for what counts as plain).
///
/// `GERRYMANDER_PARSER=full` sends every line to ArgumentParser; `GERRYMANDER_PARSER=check`
/// prints what both make of the line and exits (what the tests compare).
enum FastCommandLine {
    /// The commands with a fast reading: the everyday reports, and the UI, by name.
    ///
    /// Named here rather than asked for their configuration: building those (help texts and
    /// all) only to compare names cost every run up to 0.35 M instructions. A debug build (the
    /// one the tests run) checks the names against the configurations at first use.
    static let commands: [String: any FastParsable.Type] = {
        let commands: [String: any FastParsable.Type] = [
            "tui": TUICommand.self, "changes": ChangesCommand.self, "comments": CommentsCommand.self,
            "todo-mine": TodoMineCommand.self, "todo-others": TodoOthersCommand.self,
            "todo-anyones": TodoAnyonesCommand.self, "todo-noones": TodoNoonesCommand.self,
            "todo-approvable": TodoApprovableCommand.self, "todo-expirable": TodoExpirableCommand.self,
            "patchreviewstats": PatchReviewStatsCommand.self, "patchreviewrate": PatchReviewRateCommand.self,
            "openreviewstats": OpenReviewStatsCommand.self,
        ]
        assert(commands.allSatisfy { $0.value.configuration.commandName == $0.key },
               "FastCommandLine.commands names a command by another name")
        return commands
    }()

    /// The command for `arguments` (command name first, no global options before it; or no
    /// command name at all for the UI), or nil when ArgumentParser should read the line.
    static func parse(_ arguments: [String]) -> Parsed? {
        guard let name = arguments.first, !name.hasPrefix("-") else {
            // No command word: the UI, ArgumentParser's default command, if only its options follow.
            return try? parse(arguments, as: TUICommand.self)
        }
        guard let type = commands[name] else { return nil }
        return try? parse(Array(arguments.dropFirst()), as: type)
    }

    /// A command read here, and its global options: taken while its type is known, since asking
    /// the command for them later (`as? GlobalOptionsCarrier`) searches the conformance records.
    struct Parsed {
        let command: any AsyncParsableCommand
        let global: GlobalOptions
    }

    private static func parse<Command: FastParsable>(_ words: [String], as type: Command.Type) throws -> Parsed {
        let command = try Command.fast(FastArguments(words, options: Command.fastOptions))
        return Parsed(command: command, global: command.global)
    }

    /// Every spelling `options` accept, sorted: what the tests hold against ArgumentParser's own list.
    static func spellings(of options: [FastArguments.Option]) -> [String] {
        options.flatMap { option -> [String] in
            if case .invertibleFlag = option.kind { return option.names + ["--no-" + option.key] }
            return option.names
        }.sorted()
    }

    /// Which reader `GERRYMANDER_PARSER` asks for.
    enum Mode: Equatable {
        case fast, full, check
    }

    static var mode: Mode {
        guard let value = getenv("GERRYMANDER_PARSER") else { return .fast }
        switch String(cString: value) {
        case "full": return .full
        case "check": return .check
        default: return .fast
        }
    }

    /// What both readers make of `arguments`: "fast: …" (or "fast: (ArgumentParser's)"),
    /// "full: …" (or the error ArgumentParser reports), and for a command with a fast reading
    /// "spellings: …", every option spelling it knows.
    ///
    /// - Parameter finish: what `main` does to a parsed command before running it.
    static func check(_ arguments: [String], finish: (any ParsableCommand) -> any ParsableCommand) -> String {
        let fast = parse(arguments).map { String(describing: finish($0.command)) } ?? "(ArgumentParser's)"
        let full: String
        do {
            full = String(describing: finish(try Gerrymander.parseAsRoot(arguments)))
        } catch {
            full = "error: " + Gerrymander.message(for: error)
        }
        var text = "fast: \(fast)\nfull: \(full)\n"
        let name = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "tui"
        if let type = commands[name] {
            text += "spellings: " + spellings(of: type.fastOptions).joined(separator: " ") + "\n"
        }
        return text
    }
}
