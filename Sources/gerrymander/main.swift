import ArgumentParser
import Config
import Foundation
import TerminalText

/// Parses the command line and settles everything that needs no server, synchronously: the
/// manual, config errors, unknown commands, usage errors, `--help` and `--version` finish here,
/// so they never start Swift concurrency's worker threads. What is left is a command to run.
func prepareGerrymander(_ arguments: [String]) -> GerrymanderLaunch {
    let router = CommandLineRouter(arguments: arguments)
    if router.wantsManual {
        print(ManualPage.render(version: GerrymanderVersion.string), terminator: "")
        return .finished(.success)
    }
    // The config is read before the real parse, as the original did: its aliases become commands,
    // its [command-NAME] sections become defaults, and a broken line stops every command with its
    // file:line. A missing file is fine; --demo without -c uses a config generated for the demo.
    let builtins = Gerrymander.commandNames
    let settings: Settings
    do {
        let now = router.isDemo ? DemoEnvironment.now() : Date()
        settings = try AppSettings.load(configPath: router.configPath, demo: router.isDemo, now: now,
                                        builtinCommands: Set(builtins))
    } catch {
        printError(error.description)
        return .finished(.usageOrConfig)
    }
    let names = builtins + settings.aliases.map(\.name)
    if let (_, word) = router.commandWord, word != "help", !names.contains(word) {
        var message = "gerrymander: '\(word)' is not a gerrymander command."
        if let guess = CommandLineRouter.suggestion(for: word, among: names + ["help"]) {
            message += " Did you mean '\(guess)'?"
        }
        message += "\nRun 'gerrymander --help' for the list of commands."
        printError(message)
        return .finished(.usageOrConfig)
    }
    let rewritten: [String]
    let rewrite: ConfigDefaultsRewriter.Result
    do {
        let rewriter = ConfigDefaultsRewriter(settings: settings, describe: { CommandCatalog.describe($0) },
                                              builtins: Set(builtins))
        let result = try rewriter.rewrite(arguments)
        rewrite = result
        rewritten = result.arguments
        if !arguments.contains("-q") && !arguments.contains("--quiet") {
            for warning in result.warnings { printError("gerrymander: warning: \(warning)") }
        }
    } catch {
        printError(error.description)
        return .finished(.usageOrConfig)
    }
    let failure = GerrymanderFailure(arguments: arguments, router: router, settings: settings, rewrite: rewrite)
    let preloaded = router.isDemo ? nil : AppSettings.Preloaded(configPath: router.configPath, settings: settings)
    // Exactly `--version`: what the parser would print, without building its command tree (most
    // of start-up: the parser finds every option through reflection and runtime type lookups).
    if rewritten == ["--version"] {
        print(GerrymanderVersion.string)
        return .finished(.success)
    }
    // The root declares --theme too (for --help), so ArgumentParser may leave the UI's own unset.
    // Generic, so a command comes back as the type it went in as (no cast back to a protocol,
    // which is a search of the conformance records).
    func finish<Command: ParsableCommand>(_ command: Command) -> Command {
        guard var tui = command as? TUICommand, tui.theme == nil else { return command }
        tui.theme = router.theme
        return tui as? Command ?? command
    }
    // The everyday lines skip ArgumentParser's reflection (half of a warm report's work).
    switch FastCommandLine.mode {
    case .check:
        print(FastCommandLine.check(rewritten, finish: { finish($0) }), terminator: "")
        return .finished(.success)
    case .fast:
        if let parsed = FastCommandLine.parse(rewritten) {
            let command = finish(parsed.command)
            LogSetup.bootstrap(debug: parsed.global.debug, quiet: parsed.global.quiet)
            return .run(CommandLaunch(command: command, failure: failure, settings: preloaded))
        }
    case .full:
        break
    }
    do {
        var command = finish(try Gerrymander.parseAsRoot(rewritten))
        // --help and --version parse to ArgumentParser's own commands, which carry no options.
        let global = (command as? GlobalOptionsCarrier)?.global
        LogSetup.bootstrap(debug: global?.debug ?? false, quiet: global?.quiet ?? false)
        if let asyncCommand = command as? AsyncParsableCommand {
            return .run(CommandLaunch(command: asyncCommand, failure: failure, settings: preloaded))
        }
        try command.run()
        return .finished(.success)
    } catch {
        return .finished(failure.status(for: error))
    }
}

/// When the parse failed, the config value the parser rejects on its own, as a message with
/// its file:line; nil when the command line itself is at fault.
func blameConfig(_ rewrite: ConfigDefaultsRewriter.Result) -> String? {
    guard let command = rewrite.command else { return nil }
    for (value, arguments) in rewrite.injections where !arguments.isEmpty {
        do {
            _ = try Gerrymander.parseAsRoot([command] + arguments)
        } catch {
            guard Gerrymander.exitCode(for: error) != .success else { continue }
            let message = Gerrymander.message(for: error).trimmingWhitespaceAndNewlines()
            return value.error(message).description
        }
    }
    return nil
}

/// The alias section appended to the root `--help`.
func aliasHelp(_ aliases: [AliasSettings]) -> String {
    let width = aliases.map(\.name.count).max() ?? 0
    let lines = aliases.map { alias in
        "  " + alias.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + alias.help
            + " (alias of \(alias.baseCommand))"
    }
    return "\nCONFIG ALIASES:\n" + lines.joined(separator: "\n")
}

/// Commands that carry the global options expose them here so `main` can set up logging.
protocol GlobalOptionsCarrier {
    var global: GlobalOptions { get }
}

extension Gerrymander: GlobalOptionsCarrier {}

/// Prints an error or warning line for the user.
///
/// Messages can carry server text (a Gerrit error row, a hostile host's stderr): escape
/// sequences and other control characters are made visible, never sent to the terminal.
func printError(_ message: String) {
    var stderr = StandardError()
    print(sanitizeMultiline(message), to: &stderr)
}

/// Unbuffered writes to standard error.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

// No top-level `await`: an async entry point would start the concurrency runtime (and Dispatch's
// worker threads) before the first argument is read, `--version` included.
switch prepareGerrymander(Array(CommandLine.arguments.dropFirst())) {
case .finished(let status):
    exit(status.rawValue)
case .run(let launch):
    // Before any worker thread allocates: one malloc arena for the whole run (see MemoryArenas).
    MemoryArenas.limitToOne()
    CommandLaunch.runAndExit(launch)
}
