import ArgumentParser
import Foundation
import GerritClient
import GerritRemote
import Reports

/// `gerrymander patchreviewstats`: Code-Review votes per reviewer over the last N days.
struct PatchReviewStatsCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "patchreviewstats",
        abstract: "Statistics on patch review approvals.",
        discussion: """
        Counts each reviewer's Code-Review votes (-2, -1, 0, +1, +2) in the last --days days, \
        bots left out, with their team and the share of positive votes.
        Example: gerrymander --demo patchreviewstats -g nova --days 60
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @Option(help: "Set number of days history to consult.") var days: Int = 30

    func run() async throws {
        guard days > 0 else { throw CLIError.usage("--days must be 1 or more, not \(days).") }
        let environment = try ReportEnvironment.make(global, cache: report.cache, lifetime: { .long($0) })
        defer { environment.client.close() }
        let projects = try report.projects.requiredProjects(settings: environment.settings)
        let groups = report.projects.chosenGroups(settings: environment.settings)
        let changes = try await environment.changes(
            inProjects: projects, options: QueryOptions(currentPatchSet: false, patchSets: true, allApprovals: true),
            parts: PatchReviewStats.parts)
        let stats = PatchReviewStats(changes: changes, now: environment.now, days: days, bots: environment.bots,
                                     teams: TeamDirectory(settings: environment.settings, groups: groups))
        try report.show(stats.report, now: environment.now)
        SkippedTeardown.keep(changes, stats)
    }
}

// The same options for `FastArguments` (see FastCommandLine); keep them beside the declarations.
extension PatchReviewStatsCommand: FastParsable {
    static var fastOptions: [FastArguments.Option] { GlobalOptions.fastOptions + ReportOptions.fastOptions + [.value("--days")] }

    static func fast(_ arguments: FastArguments) throws -> PatchReviewStatsCommand {
        try arguments.expectNoPositionals()
        var command = PatchReviewStatsCommand()
        command.global = try .fast(arguments)
        command.report = try .fast(arguments)
        command.days = try arguments.int("days") ?? 30
        try command.validate()
        return command
    }
}
