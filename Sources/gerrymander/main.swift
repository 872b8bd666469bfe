import ArgumentParser
import Config
import Foundation
import TerminalText

/// Parses the command line, runs the command, and maps every failure to a message and an exit status.
func runGerrymander(_ arguments: [String]) async -> ExitStatus {
    let router = CommandLineRouter(arguments: arguments)
    if router.wantsManual {
        print(ManualPage.render(version: GerrymanderVersion.string), terminator: "")
        return .success
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
        return .usageOrConfig
    }
    let names = builtins + settings.aliases.map(\.name)
    if let (_, word) = router.commandWord, word != "help", !names.contains(word) {
        var message = "gerrymander: '\(word)' is not a gerrymander command."
        if let guess = CommandLineRouter.suggestion(for: word, among: names + ["help"]) {
            message += " Did you mean '\(guess)'?"
        }
        message += "\nRun 'gerrymander --help' for the list of commands."
        printError(message)
        return .usageOrConfig
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
        return .usageOrConfig
    }
    do {
        var command = try Gerrymander.parseAsRoot(rewritten)
        // --help and --version parse to ArgumentParser's own commands, which carry no options.
        let global = (command as? GlobalOptionsCarrier)?.global
        LogSetup.bootstrap(debug: global?.debug ?? false, quiet: global?.quiet ?? false)
        if var tui = command as? TUICommand, tui.theme == nil {
            tui.theme = router.theme
            command = tui
        }
        if var asyncCommand = command as? AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
        return .success
    } catch let error as CLIError {
        printError("gerrymander: \(error.message)")
        return error.status
    } catch {
        let code = Gerrymander.exitCode(for: error)
        if code == .success {
            // --help, --version and completion scripts land here: ArgumentParser prints them for us.
            if let (_, word) = router.commandWord, let alias = settings.alias(word) {
                print("\(word): \(alias.help) (alias of '\(alias.baseCommand)', with its [command-\(word)] defaults)\n")
            }
            print(Gerrymander.fullMessage(for: error))
            if router.commandWord == nil, !settings.aliases.isEmpty, !arguments.contains("--version") {
                print(aliasHelp(settings.aliases))
            }
            return .success
        }
        if let blamed = blameConfig(rewrite) {
            printError(blamed)
            return .usageOrConfig
        }
        printError(Gerrymander.fullMessage(for: error))
        return code == .validationFailure ? .usageOrConfig : .serverOrData
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
            let message = Gerrymander.message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
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

// Before any thread allocates: one malloc arena for the whole run (see MemoryArenas).
MemoryArenas.limitToOne()
let status = await runGerrymander(Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
