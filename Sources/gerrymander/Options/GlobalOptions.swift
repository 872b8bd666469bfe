import ArgumentParser

/// Options that every command accepts, before or after the command name.
///
/// The same group is declared on the root command and on each subcommand, so
/// `gerrymander --demo changes` and `gerrymander changes --demo` mean the same.
struct GlobalOptions: ParsableArguments {
    @Option(name: [.customShort("c"), .customLong("config")],
            help: ArgumentHelp("Read settings from FILE.", valueName: "FILE"))
    var config: String?

    @Flag(name: [.customShort("d"), .customLong("debug")], help: "Log what gerrymander does (commands, cache, paging) to stderr.")
    var debug = false

    @Flag(name: [.customShort("q"), .customLong("quiet")], help: "Only report errors.")
    var quiet = false

    @Flag(name: .customLong("demo"), help: "Run against the built-in simulated Gerrit server, as user 'demo'.")
    var demo = false

    @Flag(name: .customLong("accept-new-host-key"),
          help: "Trust and record the server's host key if known_hosts has none for it (like [server] hostkey = accept-new).")
    var acceptNewHostKey = false
}
