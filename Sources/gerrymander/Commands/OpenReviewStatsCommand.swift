import ArgumentParser
import Foundation
import GerritClient
import GerritModel
import GerritRemote
import Reports

/// `gerrymander openreviewstats`: how long open changes have waited for review.
struct OpenReviewStatsCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "openreviewstats",
        abstract: "Statistics on open patch reviews.",
        discussion: """
        Splits open changes into those waiting on their submitter (a negative vote on the \
        current patch set) and those waiting on reviewers, and shows average and median waits \
        and the longest-waiting changes (5 per table unless --limit says otherwise).
        Example: gerrymander --demo openreviewstats -g nova --days 14
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @Option(help: "Set branch name to query (repeatable).") var branch: [String] = ["master"]
    @Option(help: "Show count waiting more than N days.") var days: Int = 7
    @Option(help: "Set topic name to query (repeatable; none means any topic).") var topic: [String] = []

    func run() async throws {
        guard days >= 0 else { throw CLIError.usage("--days must be 0 or more, not \(days).") }
        let environment = try ReportEnvironment.make(global, cache: report.cache, lifetime: { .long($0) })
        defer { environment.client.close() }
        let projects = try report.projects.requiredProjects(settings: environment.settings)
        var extra: [GerritQuery] = [.status("open")]
        let branches = branch.filter { !$0.isEmpty }
        if !branches.isEmpty { extra.append(.or(branches.map(GerritQuery.branch))) }
        // An empty --topic means "any topic"; the original sent `topic:` and matched nothing.
        let topics = topic.filter { !$0.isEmpty }
        if !topics.isEmpty { extra.append(.or(topics.map(GerritQuery.topic))) }
        let changes = try await environment.changes(
            inProjects: projects, extra: extra,
            options: QueryOptions(currentPatchSet: false, patchSets: true, allApprovals: true),
            parts: OpenReviewStats.parts)
        let stats = OpenReviewStats(changes: changes, now: environment.now, days: days)
        try report.show(stats.report, now: environment.now, defaultLimit: 5)
        SkippedTeardown.keep(changes, stats)
    }
}

// The same options for `FastArguments` (see FastCommandLine); keep them beside the declarations.
extension OpenReviewStatsCommand: FastParsable {
    static var fastOptions: [FastArguments.Option] {
        GlobalOptions.fastOptions + ReportOptions.fastOptions
            + [.value("--branch", repeating: true), .value("--days"), .value("--topic", repeating: true)]
    }

    static func fast(_ arguments: FastArguments) throws -> OpenReviewStatsCommand {
        try arguments.expectNoPositionals()
        var command = OpenReviewStatsCommand()
        command.global = try .fast(arguments)
        command.report = try .fast(arguments)
        command.branch = arguments.values("branch", otherwise: ["master"])
        command.days = try arguments.int("days") ?? 7
        command.topic = arguments.values("topic")
        try command.validate()
        return command
    }
}
