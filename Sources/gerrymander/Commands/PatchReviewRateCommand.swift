import ArgumentParser
import Foundation
import GerritClient
import GerritRemote
import Reports

/// `gerrymander patchreviewrate`: each user's daily review rate, week by week, for a year.
struct PatchReviewRateCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "patchreviewrate",
        abstract: "Daily review rate averaged per week.",
        discussion: """
        For each of the last 52 weeks, the votes (any label but Verified) each user cast per \
        day, and the rate over the whole year; bots left out.
        Example: gerrymander --demo patchreviewrate -p openstack/nova --field user --field total --field week1
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    func run() async throws {
        let environment = try ReportEnvironment.make(global, cache: report.cache, lifetime: { .long($0) })
        defer { environment.client.close() }
        let projects = try report.projects.requiredProjects(settings: environment.settings)
        let groups = report.projects.chosenGroups(settings: environment.settings)
        let changes = try await environment.changes(
            inProjects: projects, options: QueryOptions(currentPatchSet: false, patchSets: true, allApprovals: true),
            parts: PatchReviewRate.parts)
        let rate = PatchReviewRate(changes: changes, now: environment.now, bots: environment.bots,
                                   teams: TeamDirectory(settings: environment.settings, groups: groups))
        try report.show(rate.report, now: environment.now)
        SkippedTeardown.keep(changes, rate)
    }
}

// The same options for `FastArguments` (see FastCommandLine); keep them beside the declarations.
extension PatchReviewRateCommand: FastParsable {
    static var fastOptions: [FastArguments.Option] { GlobalOptions.fastOptions + ReportOptions.fastOptions }

    static func fast(_ arguments: FastArguments) throws -> PatchReviewRateCommand {
        try arguments.expectNoPositionals()
        var command = PatchReviewRateCommand()
        command.global = try .fast(arguments)
        command.report = try .fast(arguments)
        try command.validate()
        return command
    }
}
