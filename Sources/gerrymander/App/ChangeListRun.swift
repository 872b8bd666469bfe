import Foundation
import GerritClient
import GerritModel
import GerritRemote
import Logging
import Output
import Reports

/// The path every change-list command shares: query → keep → table → `--field`/`--sort`/`--limit`
/// → render → pager.
struct ChangeListRun {
    var global: GlobalOptions
    var report: ReportOptions
    var filters: ChangeFilterOptions
    /// The table title: "Changes" or "Changes To Do List".
    var title: String
    /// The `gerrit query` flags; `--dependencies` is added for `--deps`.
    var queryOptions: QueryOptions

    /// Runs the command.
    ///
    /// - Parameters:
    ///   - query: Builds the Gerrit query from the environment and the chosen projects.
    ///   - keep: Makes the client-side rule a returned change must pass (the file filter comes on top).
    ///   - keepReads: What that rule reads of a change (`ChangeParts`).
    func run(query: (ReportEnvironment, [String]) -> GerritQuery,
             keep makeRule: (ReportEnvironment) -> (Change) -> Bool = { _ in { _ in true } },
             keepReads: ChangeParts = []) async throws {
        let logger = Logger(label: "gerrymander")
        let environment = try ReportEnvironment.make(global, cache: report.cache)
        let projects = try report.projects.projects(settings: environment.settings)
        let fileFilter = try filters.fileFilter()
        let tableOptions = try report.table.tableOptions(defaultSort: ChangesReport.defaultSort)
        var flags = queryOptions
        flags.dependencies = flags.dependencies || filters.deps
        let gerritQuery = query(environment, projects)
        defer { environment.client.close() }
        let started = ContinuousClock.now
        // A cached answer is read back only as far as the table, the filters and the rule look.
        let parts = ChangesReport.parts(dependencies: filters.deps).union(fileFilter.parts).union(keepReads)
        let rule = makeRule(environment)
        let keep = { (change: Change) in fileFilter.matches(change) && rule(change) }
        let table: ReportTable
        let received: Int
        if filters.deps {
            // The dependency tree needs every kept change at once.
            let changes = try await environment.changes(matching: gerritQuery, options: flags, parts: parts)
            table = ChangesReport.table(changes.filter(keep), title: title, dependencies: true)
            received = changes.count
        } else {
            // Each row is made as its change is read, and the change let go: no list of changes.
            let made = try await environment.changes(matching: gerritQuery, options: flags, parts: parts,
                                                     into: (rows: [ReportRow](), received: 0)) { made, change in
                made.received += 1
                if keep(change) { made.rows.append(ChangesReport.row(for: change)) }
            }
            table = ChangesReport.table(rows: made.rows, title: title)
            received = made.received
        }
        logger.debug("received \(received) rows, kept \(table.rows.count), in \(ContinuousClock.now - started)")

        let shaped: Report
        do {
            shaped = try Report.table(table).applying(tableOptions)
        } catch {
            throw CLIError.usage(error.description)
        }
        let terminal = TerminalOutput()
        let color = terminal.usesColor(report.output)
        let text = render(shaped, context: RenderContext(now: environment.now, color: color, mode: report.output.mode))
        terminal.show(text)
        SkippedTeardown.keep(table, shaped, text)
    }
}
