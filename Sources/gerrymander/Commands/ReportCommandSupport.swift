import Config
import Foundation
import GerritClient
import GerritModel
import GerritRemote
import Logging
import Output
import Reports

// What the stats, comments and watch commands add to the shared ReportEnvironment and
// ReportOptions: per-project queries, required project selections, bots and teams.

extension ReportEnvironment {
    /// The configured bots as a matcher.
    var bots: BotMatcher { BotMatcher(settings: settings) }

    /// Runs `query`, turning client failures into status-1 errors that name the server.
    /// `parts` is what the report reads of each change (see `ChangeParts`).
    func changes(matching query: GerritQuery, options: QueryOptions, parts: ChangeParts = .all) async throws -> [Change] {
        let changes = try await asking(query, options: options) { cached, progress in
            try await cached.query(query, options: options, lifetime: lifetime, parts: parts, progress: progress)
        }
        Logger(label: "gerrymander").debug("received \(changes.count) changes")
        return changes
    }

    /// Runs `query` and folds each change into a result as it is read (see
    /// `CachedGerritClient.query(_:options:lifetime:parts:progress:into:_:)`), with the errors
    /// of `changes(matching:options:parts:)`.
    func changes<Result>(matching query: GerritQuery, options: QueryOptions, parts: ChangeParts,
                         into initial: Result, _ add: (inout Result, Change) -> Void) async throws -> Result {
        try await asking(query, options: options) { cached, progress in
            try await cached.query(query, options: options, lifetime: lifetime, parts: parts, progress: progress,
                                   into: initial, add)
        }
    }

    /// Logs the query, shows the progress line while `ask` runs, and names the server in its errors.
    private func asking<T>(_ query: GerritQuery, options: QueryOptions,
                           _ ask: (CachedGerritClient, @escaping QueryProgressHandler) async throws -> T) async throws -> T {
        let logger = Logger(label: "gerrymander")
        logger.debug("query \(client.serverName): gerrit query --format=JSON \(options.flags.joined(separator: " ")) \(query.rendered)")
        logger.debug("cache: \(cached.cache == nil ? "off" : "\(cached.policy)")")
        do {
            let progress = QueryProgressLine()
            defer { progress.finish() }
            return try await ask(cached, progress.handler)
        } catch let error as GerritClientError {
            throw CLIError.server(error.description)
        } catch let error as CLIError {
            throw error
        } catch let error as TransportError {
            // It names the server's address already ("127.0.0.1:29418: connection refused").
            throw CLIError.server(error.description)
        } catch {
            throw CLIError.server("\(client.serverName): \(error)")
        }
    }

    /// Every change of each project, one query per project as the original did (so each
    /// project's answer can be cached on its own), with `extra` terms ANDed in.
    func changes(inProjects projects: [String], extra: [GerritQuery] = [], options: QueryOptions,
                 parts: ChangeParts = .all) async throws -> [Change] {
        var all: [Change] = []
        for project in projects {
            all += try await changes(matching: .and([.project(project)] + extra), options: options, parts: parts)
        }
        return all
    }
}

extension ProjectOptions {
    /// The chosen projects; the stats reports need a choice, as the original's did.
    ///
    /// - Throws: a usage error when none of `-p`, `-g`, `--all-groups` was given.
    func requiredProjects(settings: Settings) throws -> [String] {
        if isEmpty { throw CLIError.usage("one of --project, --group or --all-groups is required.") }
        return try projects(settings: settings)
    }

    /// The groups whose teams fill the Team column: `-g`, or all of them with `--all-groups`;
    /// none with `-p`.
    func chosenGroups(settings: Settings) -> [String] {
        allGroups ? settings.organization.groups : group
    }
}

extension ReportOptions {
    /// Applies `--field`/`--sort`/`--limit` (with the report's default limit) and shows the
    /// report in the chosen mode, through the pager on a terminal.
    func show(_ report: Report, now: Date, defaultLimit: Int? = nil) throws {
        var options = try table.tableOptions(defaultSort: nil)
        if options.limit == nil { options.limit = defaultLimit }
        let shaped: Report
        do {
            shaped = try report.applying(options)
        } catch {
            throw CLIError.usage(error.description)
        }
        let terminal = TerminalOutput()
        let text = render(shaped, context: RenderContext(now: now, color: terminal.usesColor(output), mode: output.mode))
        terminal.show(text)
        SkippedTeardown.keep(report, shaped, text)
    }
}
