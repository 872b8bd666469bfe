import Foundation
import GerritModel
import GerritRemote
import Logging

/// The one Gerrit client shared by the CLI and the TUI: queries, the live event stream, reviews.
///
/// It speaks Gerrit's SSH command interface over any `GerritTransport` (libssh2, OpenSSH, or the
/// in-process simulator) and hands back `GerritModel` values; nothing above it sees raw JSON.
/// Copies share what was learnt about the server (its version), so copy freely.
public struct GerritClient: Sendable {
    /// How commands reach the server.
    public let transport: any GerritTransport
    /// Where the server is, for messages: "review.example.org:29418", or "demo".
    public let serverName: String
    /// The Gerrit account the commands run as.
    public let user: String
    /// Seconds a one-shot command (query page, review) may stay silent before it fails with
    /// "no answer in N s".
    public var commandTimeout: Double
    let facts: ServerFacts

    public init(transport: any GerritTransport, serverName: String, user: String,
                commandTimeout: Double = RemoteCommand.defaultIdleTimeout) {
        self.transport = transport
        self.serverName = serverName
        self.user = user
        self.commandTimeout = commandTimeout
        facts = ServerFacts()
    }

    /// Runs `query` and returns every matching change, in the server's order, over all pages.
    ///
    /// - Parameters:
    ///   - limit: the most changes wanted; pushed into the query as `limit:N` and paging stops there.
    ///   - progress: told about pages and rows as they arrive (see `QueryProgressLine`).
    /// - Throws: `GerritClientError` for error rows, undecodable lines and failed commands;
    ///   `TransportError` when the server cannot be reached or stops answering.
    public func query(_ query: GerritQuery, options: QueryOptions = QueryOptions(), limit: Int? = nil,
                      progress: QueryProgressHandler? = nil) async throws -> [Change] {
        var changes: [Change] = []
        let (stripped, termLimit) = query.splittingLimit()
        try await runPages(stripped.rendered, options: options, limit: Self.smaller(limit, termLimit),
                           progress: progress) { changes.append($0) }
        return changes
    }

    /// Runs `query` and yields changes as they arrive, page after page.
    ///
    /// Gerrit caps each answer (500 rows by default). Newer servers are paged with `--start N`,
    /// older ones (≤ 2.9) with `resume_sortkey:KEY` from the stats row; the style is read from
    /// the stats row, or from `gerrit version` when the stats row does not tell.
    public func queryStream(_ query: GerritQuery, options: QueryOptions = QueryOptions(), limit: Int? = nil,
                            progress: QueryProgressHandler? = nil) -> AsyncThrowingStream<Change, Error> {
        let client = self
        let (stripped, termLimit) = query.splittingLimit()
        let text = stripped.rendered
        let limit = Self.smaller(limit, termLimit)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    try await client.runPages(text, options: options, limit: limit, progress: progress) {
                        continuation.yield($0)
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The server's version (`gerrit version`), asked once per client; `nil` when it cannot tell.
    public func serverVersion() async throws -> GerritVersion? {
        if let cached = facts.cachedVersion { return cached }
        let output = try await transport.collect(RemoteCommand(["gerrit", "version"], idleTimeout: commandTimeout))
        let version = output.exitStatus == 0 ? output.stdoutLines.lazy.compactMap(GerritVersion.init(parsing:)).first : nil
        facts.remember(version)
        return version
    }

    /// The command that fetches one page.
    func pageCommand(_ request: QueryPager.PageRequest, options: QueryOptions) -> RemoteCommand {
        var arguments = ["gerrit", "query", "--format=JSON"] + options.flags
        if let start = request.start { arguments += ["--start", String(start)] }
        arguments.append(request.queryText)
        return RemoteCommand(arguments, idleTimeout: commandTimeout)
    }

    /// Fetches every page of `text`, handing each change to `deliver` as it is decoded.
    func runPages(_ text: String, options: QueryOptions, limit: Int?, progress: QueryProgressHandler?,
                  deliver: (Change) -> Void) async throws {
        var pager = QueryPager(query: text, limit: limit)
        var rows = 0
        defer { progress?(QueryProgress(page: max(pager.page, 1), rows: rows, finished: true)) }
        if pager.limitReached { return }
        while true {
            try Task.checkCancellation()
            let request = pager.nextRequest()
            progress?(QueryProgress(page: request.page, rows: rows))
            let command = pageCommand(request, options: options)
            Logger(label: "gerrymander.client").debug("\(serverName): query page \(request.page): \(command.quoted)")
            let decoder = GerritLineDecoder(source: "\(serverName) query page \(request.page)")
            let execution = try await transport.run(command)
            var pageRows = 0
            var lastSortKey: String?
            var stats: QueryStats?
            var lineNumber = 0
            for try await line in execution.stdoutLines {
                lineNumber += 1
                switch decoder.queryRow(line, lineNumber: lineNumber) {
                case .success(.change(let change)):
                    pageRows += 1
                    lastSortKey = change.sortKey ?? lastSortKey
                    // Old servers may send limit+1 rows: the extra one is not wanted.
                    if let budget = request.rowBudget, pageRows > budget { continue }
                    rows += 1
                    deliver(change)
                    if rows % 100 == 0 { progress?(QueryProgress(page: request.page, rows: rows)) }
                case .success(.stats(let trailer)):
                    stats = trailer
                case .success(.error(let error)):
                    throw GerritClientError.serverError(server: serverName, message: error.message)
                case .failure(let error):
                    throw GerritClientError.undecodable(error)
                case nil:
                    break
                }
            }
            let exit = try await execution.finish()
            if exit.status != 0 {
                throw GerritClientError.commandFailed(server: serverName, command: command.description,
                                                      status: exit.status, stderr: exit.stderr)
            }
            let counted = request.rowBudget.map { min(pageRows, $0) } ?? pageRows
            var decision = pager.finishPage(rows: counted, lastSortKey: lastSortKey, stats: stats,
                                            requestedLimit: request.pageLimit)
            Logger(label: "gerrymander.client").debug("\(serverName): page \(request.page) gave \(pageRows) rows, \(rows) so far")
            if decision == .needsVersion {
                let version = try? await serverVersion()
                decision = pager.resolve(serverStyle: version?.pagingStyle)
            }
            guard decision == .nextPage else { return }
        }
    }

    /// Posts a review (`gerrit review`): votes, a message, inline comments, abandon or restore.
    ///
    /// Plain one-line ASCII messages go on the command line; comments and multi-line or
    /// non-ASCII messages go as JSON on stdin (`--json`), which Gerrit cannot combine with
    /// abandon/restore, so those then run as a second command.
    ///
    /// Gerrit older than 2.9 has no `--json`: there, inline comments go as message lines that
    /// quote their `file:line`, and the message as one line.
    public func review(_ request: ReviewRequest) async throws {
        var request = request
        if request.needsJSON, let version = try? await serverVersion(),
           version < GerritVersion(major: 2, minor: 9) {
            request = request.flattenedForOldServers()
        }
        for command in request.commands(idleTimeout: commandTimeout) {
            let output = try await transport.collect(command)
            if output.exitStatus != 0 {
                throw GerritClientError.commandFailed(server: serverName, command: command.description,
                                                      status: output.exitStatus,
                                                      stderr: ReviewRequest.userMessages(fromStderr: output.stderr))
            }
        }
    }
}

extension GerritClient {
    /// The tighter of two optional limits.
    static func smaller(_ first: Int?, _ second: Int?) -> Int? {
        switch (first, second) {
        case let (first?, second?): return min(first, second)
        default: return first ?? second
        }
    }
}

extension GerritQuery {
    /// The query without its top-level `limit:` terms, and the smallest of them.
    ///
    /// A `limit:N` written into the query is the caller's limit: the pager must know it, or it
    /// would fetch page after page (Gerrit still says `moreChanges` when the limit cut rows).
    func splittingLimit() -> (GerritQuery, Int?) {
        switch self {
        case .term("limit", let value):
            return (.and([]), Int(value))
        case .and(let parts):
            var kept: [GerritQuery] = []
            var limit: Int?
            for part in parts {
                if case .term("limit", let value) = part, let number = Int(value) {
                    limit = GerritClient.smaller(limit, number)
                } else {
                    kept.append(part)
                }
            }
            return (.and(kept), limit)
        default:
            return (self, nil)
        }
    }
}
