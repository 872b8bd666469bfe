import ArgumentParser

/// `gerrymander` with no command (or `gerrymander tui`): the full-screen triage UI.
struct TUICommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen triage UI (the default command)."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        // Until the TUI lands, show the demo todo list so `make run` shows real data.
        throw CLIError.usage("the full-screen UI is not built yet; try 'gerrymander --demo changes'.")
    }
}
