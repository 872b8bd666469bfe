import ArgumentParser

/// `gerrymander changes`: a generic change query shown as a table.
struct ChangesCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Query changes and show them as a table."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        throw CLIError.server("not implemented yet")
    }
}
