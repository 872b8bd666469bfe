import ArgumentParser

/// The root command: plain `gerrymander` opens the TUI; every report is a subcommand.
struct Gerrymander: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gerrymander",
        abstract: "Triage Gerrit code review from the terminal.",
        discussion: """
        With no command, gerrymander opens the full-screen triage UI. Settings come from \
        ~/.gerrymander (see gerrymander.conf.example); --demo runs everything against a \
        built-in simulated Gerrit server.
        """,
        version: GerrymanderVersion.string,
        subcommands: [
            TUICommand.self,
            WatchCommand.self,
            TodoNoonesCommand.self, TodoAnyonesCommand.self, TodoMineCommand.self, TodoOthersCommand.self,
            TodoApprovableCommand.self, TodoExpirableCommand.self,
            PatchReviewStatsCommand.self, PatchReviewRateCommand.self, OpenReviewStatsCommand.self,
            ChangesCommand.self,
            CommentsCommand.self,
            DiffCommand.self,
            ReviewCommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )

    @OptionGroup var global: GlobalOptions

    /// Declared here too so that `gerrymander --help` lists it; the UI command reads its own copy.
    @Option(help: ArgumentHelp("Colour theme of the UI: default, light, solarized, mono, or one in ~/.config/gerrymander/themes.",
                               valueName: "NAME"))
    var theme: String?

    /// Every command name the parser knows, in help order (aliases from the config come on top).
    ///
    /// Written out: asking each subcommand for its configuration built all fifteen (help texts
    /// and all) on every run, ~0.5 M instructions of a warm report. A debug build (the one the
    /// tests run) checks the list against the configurations at every start.
    static let commandNames: [String] = {
        let names = [
            "tui", "watch", "todo-noones", "todo-anyones", "todo-mine", "todo-others", "todo-approvable",
            "todo-expirable", "patchreviewstats", "patchreviewrate", "openreviewstats", "changes", "comments",
            "diff", "review",
        ]
        assert(names == configuration.subcommands.compactMap { $0.configuration.commandName },
               "Gerrymander.commandNames differs from the subcommands")
        return names
    }()
}
