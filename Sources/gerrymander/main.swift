import ArgumentParser
import Config
import Foundation

/// Parses the command line, runs the command, and maps every failure to a message and an exit status.
func runGerrymander(_ arguments: [String]) async -> ExitStatus {
    let router = CommandLineRouter(arguments: arguments)
    if let (_, word) = router.commandWord, word != "help", !Gerrymander.commandNames.contains(word) {
        var message = "gerrymander: '\(word)' is not a gerrymander command."
        if let guess = CommandLineRouter.suggestion(for: word, among: Gerrymander.commandNames) {
            message += " Did you mean '\(guess)'?"
        }
        message += "\nRun 'gerrymander --help' for the list of commands."
        printError(message)
        return .usageOrConfig
    }
    // The config is read before the real parse, as the original did, so a broken file stops every
    // command with its file:line. A missing file is fine; --demo without -c uses its own settings.
    if router.configPath != nil || !router.isDemo {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        let path = router.configPath.map { DisplayPath.expand($0, home: home) } ?? home + "/.gerrymander"
        do {
            _ = try Settings.load(path: path, home: home)
        } catch {
            printError(error.description)
            return .usageOrConfig
        }
    }
    do {
        var command = try Gerrymander.parseAsRoot(arguments)
        // --help and --version parse to ArgumentParser's own commands, which carry no options.
        let global = (command as? GlobalOptionsCarrier)?.global
        LogSetup.bootstrap(debug: global?.debug ?? false, quiet: global?.quiet ?? false)
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
            // --help and --version land here: ArgumentParser prints them for us.
            print(Gerrymander.fullMessage(for: error))
            return .success
        }
        printError(Gerrymander.fullMessage(for: error))
        return code == .validationFailure ? .usageOrConfig : .serverOrData
    }
}

/// Commands that carry the global options expose them here so `main` can set up logging.
protocol GlobalOptionsCarrier {
    var global: GlobalOptions { get }
}

extension Gerrymander: GlobalOptionsCarrier {}

func printError(_ message: String) {
    var stderr = StandardError()
    print(message, to: &stderr)
}

/// Unbuffered writes to standard error.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

let status = await runGerrymander(Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
