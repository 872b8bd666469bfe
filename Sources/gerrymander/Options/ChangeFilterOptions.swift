import ArgumentParser
import Reports

/// `--branch`, `--topic`, `--deps` and the `file…` regexes: the filters of `changes` and the
/// todo lists.
struct ChangeFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only changes on BRANCH (repeatable).", valueName: "branch"))
    var branch: [String] = []

    @Option(help: ArgumentHelp("Only changes with TOPIC (repeatable).", valueName: "topic"))
    var topic: [String] = []

    @Flag(inversion: .prefixedNo, help: "Nest each change under the change it depends on.")
    var deps = false

    @Argument(help: ArgumentHelp("Only changes whose newest patch set touches a file matching one of these regexes.", valueName: "file"))
    var file: [String] = []

    /// The compiled file filter.
    ///
    /// - Throws: `CLIError` (usage) for an invalid regex.
    func fileFilter() throws -> ChangeFileFilter {
        do {
            return try ChangeFileFilter(patterns: file)
        } catch {
            throw CLIError.usage(error.description)
        }
    }
}

extension ChangeFilterOptions {
    /// The options above, for `FastArguments`: keep the two lists together. The positional
    /// words are the file regexes.
    static let fastOptions: [FastArguments.Option] = [
        .value("--branch", repeating: true), .value("--topic", repeating: true), .invertible("deps"),
    ]

    /// The options as ArgumentParser would set them from `arguments`, taking every positional word.
    static func fast(_ arguments: FastArguments) throws -> ChangeFilterOptions {
        var options = ChangeFilterOptions()
        options.branch = arguments.values("branch")
        options.topic = arguments.values("topic")
        options.deps = arguments.flag("deps")
        options.file = arguments.positionals
        try options.validate()
        return options
    }
}
