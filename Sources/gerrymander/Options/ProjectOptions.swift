import ArgumentParser
import Config

/// `-p/--project`, `-g/--group` and `--all-groups`: which projects a report covers.
struct ProjectOptions: ParsableArguments {
    @Option(name: [.customShort("p"), .customLong("project")],
            help: ArgumentHelp("Only changes in PROJECT (repeatable).", valueName: "project"))
    var project: [String] = []

    @Option(name: [.customShort("g"), .customLong("group")],
            help: ArgumentHelp("Only changes in the projects of GROUP from the config (repeatable).", valueName: "group"))
    var group: [String] = []

    @Flag(inversion: .prefixedNo, help: "Only changes in the projects of every group in [organization] groups.")
    var allGroups = false

    func validate() throws {
        let given = [!project.isEmpty, !group.isEmpty, allGroups].filter { $0 }.count
        if given > 1 { throw ValidationError("--project, --group and --all-groups are mutually exclusive.") }
    }

    /// The chosen projects, groups expanded with `settings`; empty means every project.
    ///
    /// - Throws: `CLIError` (usage) for a group the config does not define, or `--all-groups`
    ///   when it defines none.
    func projects(settings: Settings) throws -> [String] {
        if allGroups {
            let projects = settings.allGroupProjects
            if projects.isEmpty {
                throw CLIError.usage("--all-groups: the config lists no groups with projects ([organization] groups).")
            }
            return projects
        }
        var projects = project
        for name in group {
            guard let found = settings.group(name) else {
                let known = settings.groups.map(\.name)
                throw CLIError.usage("--group: unknown group '\(name)'" +
                    (known.isEmpty ? "; the config defines no [group-NAME] sections." : " (known: \(known.joined(separator: ", "))).")
                )
            }
            projects += found.projects
        }
        var seen = Set<String>()
        return projects.filter { seen.insert($0).inserted }
    }

    /// Whether any selection was made.
    var isEmpty: Bool { project.isEmpty && group.isEmpty && !allGroups }
}

extension ProjectOptions {
    /// The options above, for `FastArguments`: keep the two lists together.
    static let fastOptions: [FastArguments.Option] = [
        .value("-p", "--project", repeating: true), .value("-g", "--group", repeating: true), .invertible("all-groups"),
    ]

    /// The options as ArgumentParser would set them from `arguments`.
    static func fast(_ arguments: FastArguments) throws -> ProjectOptions {
        var options = ProjectOptions()
        options.project = arguments.values("project")
        options.group = arguments.values("group")
        options.allGroups = arguments.flag("all-groups")
        try options.validate()
        return options
    }
}
