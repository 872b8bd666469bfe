import ArgumentParser
import Foundation
import GerritClient
import GerritRemote
import Reports

/// What the six todo-* commands share: one query, one classifier rule, the change table.
protocol TodoListCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static var category: TodoCategory { get }
    var global: GlobalOptions { get set }
    var report: ReportOptions { get set }
    var filters: ChangeFilterOptions { get set }
    /// The classifier with this command's own options (`--strict`, `--age`) applied.
    func adjust(_ classifier: inout TodoClassifier)
}

extension TodoListCommand {
    func adjust(_ classifier: inout TodoClassifier) {}

    /// The discussion shown in `--help`: the rule and an example.
    static func discussion(_ extra: String = "", example: String) -> String {
        var text = category.summary + " Bots ([organization] bots) never count as reviewers. "
        text += "Columns: \(ChangesReport.columnKeys.joined(separator: ", "))."
        if !extra.isEmpty { text += " " + extra }
        return text + "\n\nExample: " + example
    }

    func run() async throws {
        let category = Self.category
        // Files only when a file regex needs them: they are most of a row, and nothing else shows them.
        let run = ChangeListRun(global: global, report: report, filters: filters, title: "Changes To Do List",
                                queryOptions: QueryOptions(currentPatchSet: false, patchSets: true, allApprovals: true,
                                                           files: !filters.file.isEmpty))
        try await run.run(
            query: { environment, projects in
                TodoQuery.make(category, me: environment.me, projects: projects,
                               branches: filters.branch, topics: filters.topic)
            },
            keep: { environment in
                var classifier = TodoClassifier(me: environment.me, bots: environment.settings.organization.bots)
                adjust(&classifier)
                return { change in
                    classifier.includes(change, in: category, now: environment.now,
                                        reviewerFromQuery: TodoQuery.reviewerFromQuery(category))
                }
            },
            keepReads: TodoClassifier.parts)
    }
}

/// `gerrymander todo-mine`.
struct TodoMineCommand: TodoListCommand {
    static let category = TodoCategory.mine
    static let configuration = CommandConfiguration(
        commandName: "todo-mine", abstract: "List changes you've looked at before that wait for you again.",
        discussion: discussion(example: "gerrymander --demo todo-mine -g nova --sort lastUpdated:rev"))
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var filters: ChangeFilterOptions
}

/// `gerrymander todo-others`.
struct TodoOthersCommand: TodoListCommand {
    static let category = TodoCategory.others
    static let configuration = CommandConfiguration(
        commandName: "todo-others", abstract: "List changes you've not looked at that others have.",
        discussion: discussion(example: "gerrymander --demo todo-others -p openstack/neutron -m csv"))
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var filters: ChangeFilterOptions
}

/// `gerrymander todo-anyones`.
struct TodoAnyonesCommand: TodoListCommand {
    static let category = TodoCategory.anyones
    static let configuration = CommandConfiguration(
        commandName: "todo-anyones", abstract: "List changes anyone has looked at that lack your vote.",
        discussion: discussion(example: "gerrymander --demo todo-anyones --branch master --field url --field subject:50"))
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var filters: ChangeFilterOptions
}

/// `gerrymander todo-noones`.
struct TodoNoonesCommand: TodoListCommand {
    static let category = TodoCategory.noones
    static let configuration = CommandConfiguration(
        commandName: "todo-noones", abstract: "List changes no one has looked at yet.",
        discussion: discussion(example: "gerrymander --demo todo-noones -g nova 'libvirt/'"))
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var filters: ChangeFilterOptions
}

/// `gerrymander todo-approvable`.
struct TodoApprovableCommand: TodoListCommand {
    static let category = TodoCategory.approvable
    static let configuration = CommandConfiguration(
        commandName: "todo-approvable", abstract: "List changes that you can approve.",
        discussion: discussion("--strict also leaves out changes with a Code-Review -1.",
                               example: "gerrymander --demo todo-approvable --strict -m json"))
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var filters: ChangeFilterOptions
    @Flag(inversion: .prefixedNo, help: "Leave out changes with any negative code review.")
    var strict = false

    func adjust(_ classifier: inout TodoClassifier) { classifier.strict = strict }
}

/// `gerrymander todo-expirable`.
struct TodoExpirableCommand: TodoListCommand {
    static let category = TodoCategory.expirable
    static let configuration = CommandConfiguration(
        commandName: "todo-expirable", abstract: "List stale changes that can be expired.",
        discussion: discussion("Your own changes are listed too.",
                               example: "gerrymander --demo todo-expirable --age 45 --sort lastUpdated"))
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var filters: ChangeFilterOptions
    @Option(help: ArgumentHelp("List changes whose newest negative review is older than DAYS days.", valueName: "days"))
    var age = 28

    func validate() throws {
        if age < 0 { throw ValidationError("--age must be 0 or more days (got \(age)).") }
    }

    func adjust(_ classifier: inout TodoClassifier) { classifier.expireAge = TimeInterval(age) * 86_400 }
}

// The same options for `FastArguments` (see FastCommandLine); keep them beside the declarations.
extension TodoListCommand {
    static var fastOptions: [FastArguments.Option] {
        GlobalOptions.fastOptions + ReportOptions.fastOptions + ChangeFilterOptions.fastOptions
    }

    /// The shared groups set from `arguments`; the file regexes take every positional word.
    static func fastCommon(_ arguments: FastArguments) throws -> Self {
        var command = Self()
        command.global = try .fast(arguments)
        command.report = try .fast(arguments)
        command.filters = try .fast(arguments)
        return command
    }

    static func fast(_ arguments: FastArguments) throws -> Self {
        var command = try fastCommon(arguments)
        try command.validate()
        return command
    }
}

extension TodoMineCommand: FastParsable {}
extension TodoOthersCommand: FastParsable {}
extension TodoAnyonesCommand: FastParsable {}
extension TodoNoonesCommand: FastParsable {}

extension TodoApprovableCommand: FastParsable {
    static var fastOptions: [FastArguments.Option] {
        GlobalOptions.fastOptions + ReportOptions.fastOptions + ChangeFilterOptions.fastOptions + [.invertible("strict")]
    }

    static func fast(_ arguments: FastArguments) throws -> Self {
        var command = try fastCommon(arguments)
        command.strict = arguments.flag("strict")
        try command.validate()
        return command
    }
}

extension TodoExpirableCommand: FastParsable {
    static var fastOptions: [FastArguments.Option] {
        GlobalOptions.fastOptions + ReportOptions.fastOptions + ChangeFilterOptions.fastOptions + [.value("--age")]
    }

    static func fast(_ arguments: FastArguments) throws -> Self {
        var command = try fastCommon(arguments)
        command.age = try arguments.int("age") ?? 28
        try command.validate()
        return command
    }
}
