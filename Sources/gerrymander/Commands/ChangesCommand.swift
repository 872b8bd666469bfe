import ArgumentParser
import GerritClient
import GerritModel
import GerritRemote
import Reports

/// `gerrymander changes`: a generic change query shown as a table.
struct ChangesCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Query changes and show them as a table.",
        discussion: """
        Values of one option are ORed, different options ANDed. With no filter at all every \
        change on the server is listed. Columns: \(ChangesReport.columnKeys.joined(separator: ", ")).

        Example: gerrymander --demo changes --status open -p openstack/nova --sort lastUpdated:rev -l 10
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    @Option(help: ArgumentHelp("Only changes with STATUS: open, merged, abandoned… (repeatable).", valueName: "status"))
    var status: [String] = []
    @Option(help: ArgumentHelp("Only changes REVIEWER reviews (repeatable).", valueName: "reviewer"))
    var reviewer: [String] = []
    @Option(help: ArgumentHelp("Only changes whose commit message contains TEXT (repeatable).", valueName: "text"))
    var message: [String] = []
    @Option(help: ArgumentHelp("Only changes owned by OWNER (repeatable).", valueName: "owner"))
    var owner: [String] = []
    @Option(help: ArgumentHelp("Only changes with this label vote, e.g. Code-Review>=1 (repeatable; sent as label:).", valueName: "label"))
    var approval: [String] = []
    @Option(help: ArgumentHelp("A raw Gerrit query, ANDed with the rest.", valueName: "query"))
    var rawquery: String?

    @OptionGroup var filters: ChangeFilterOptions

    /// The query for these options; `limit:` goes to the server unless a file filter needs every row.
    func query(projects: [String]) -> GerritQuery {
        var changes = ChangesQuery()
        changes.projects = projects
        changes.statuses = status
        changes.reviewers = reviewer
        changes.branches = filters.branch
        changes.topics = filters.topic
        changes.messages = message
        changes.owners = owner
        changes.rawQuery = rawquery
        if filters.file.isEmpty { changes.limit = report.table.limit }
        var query = changes.query
        if !approval.isEmpty {
            query = .and([query, .or(approval.map(GerritQuery.label))])
        }
        return query
    }

    func run() async throws {
        let run = ChangeListRun(global: global, report: report, filters: filters, title: "Changes",
                                queryOptions: QueryOptions(currentPatchSet: true, allApprovals: true, files: !filters.file.isEmpty))
        try await run.run(query: { _, projects in query(projects: projects) })
    }
}

// The same options for `FastArguments` (see FastCommandLine); keep them beside the declarations.
extension ChangesCommand: FastParsable {
    static var fastOptions: [FastArguments.Option] {
        GlobalOptions.fastOptions + ReportOptions.fastOptions + ChangeFilterOptions.fastOptions + [
            .value("--status", repeating: true), .value("--reviewer", repeating: true), .value("--message", repeating: true),
            .value("--owner", repeating: true), .value("--approval", repeating: true), .value("--rawquery"),
        ]
    }

    static func fast(_ arguments: FastArguments) throws -> ChangesCommand {
        var command = ChangesCommand()
        command.global = try .fast(arguments)
        command.report = try .fast(arguments)
        command.status = arguments.values("status")
        command.reviewer = arguments.values("reviewer")
        command.message = arguments.values("message")
        command.owner = arguments.values("owner")
        command.approval = arguments.values("approval")
        command.rawquery = arguments.value("rawquery")
        command.filters = try .fast(arguments)
        try command.validate()
        return command
    }
}
