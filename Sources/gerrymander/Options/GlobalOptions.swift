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

extension GlobalOptions {
    /// The options above, for `FastArguments`: keep the two lists together.
    static let fastOptions: [FastArguments.Option] = [
        .value("-c", "--config"), .flag("-d", "--debug"), .flag("-q", "--quiet"), .flag("--demo"),
        .flag("--accept-new-host-key"),
    ]

    /// The options as ArgumentParser would set them from `arguments`.
    static func fast(_ arguments: FastArguments) throws -> GlobalOptions {
        var options = GlobalOptions()
        options.config = arguments.value("config")
        options.debug = arguments.flag("debug")
        options.quiet = arguments.flag("quiet")
        options.demo = arguments.flag("demo")
        options.acceptNewHostKey = arguments.flag("accept-new-host-key")
        try options.validate()
        return options
    }
}
