import ArgumentParser

/// `gerrymander` with no command (or `gerrymander tui`): the full-screen triage UI.
struct TUICommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen triage UI (the default command)."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        // Until the full-screen UI lands, the demo shows its open changes so `make run` shows real data.
        guard global.demo else {
            throw CLIError.usage("the full-screen UI is not built yet; try 'gerrymander --demo changes'.")
        }
        printError("gerrymander: the full-screen UI is not built yet; showing the demo server's open changes.")
        var changes = try ChangesCommand.parse(["--status", "open", "--limit", "25"])
        changes.global = global
        try await changes.run()
    }
}
