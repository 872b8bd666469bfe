import ArgumentParser
import Config

/// Turns an error from parsing or running a command into what the user sees and the exit status.
struct GerrymanderFailure {
    /// The command line as typed.
    var arguments: [String]
    var router: CommandLineRouter
    var settings: Settings
    /// What the config's defaults made of the command line, to blame a rejected value on its line.
    var rewrite: ConfigDefaultsRewriter.Result

    /// Prints the message for `error` (or, for `--help` and friends, the text asked for) and
    /// returns the exit status.
    func status(for error: any Error) -> ExitStatus {
        if let error = error as? CLIError {
            printError("gerrymander: \(error.message)")
            return error.status
        }
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
