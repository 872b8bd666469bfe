import ArgumentParser
import Foundation
import GerritModel
import GerritSim
import Output
import Reports

/// `gerrymander changes`: a generic change query shown as a table.
struct ChangesCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Query changes and show them as a table.",
        discussion: "Example: gerrymander --demo changes --status open --project openstack/nova -m json"
    )

    @OptionGroup var global: GlobalOptions
    @Option(name: [.customShort("p"), .customLong("project")], help: "Only changes in PROJECT (repeatable).") var project: [String] = []
    @Option(help: "Only changes with this status (repeatable).") var status: [String] = []
    @Option(help: "Only changes on BRANCH (repeatable).") var branch: [String] = []
    @Option(help: "Only changes with TOPIC (repeatable).") var topic: [String] = []
    @Option(help: "Only changes owned by OWNER (repeatable).") var owner: [String] = []
    @Option(help: "Only changes where REVIEWER reviews (repeatable).") var reviewer: [String] = []
    @Option(help: "Only changes whose message matches (repeatable).") var message: [String] = []
    @Option(help: "An extra raw Gerrit query, ANDed with the rest.") var rawquery: String?
    @Option(name: [.customShort("l"), .customLong("limit")], help: "Show at most N changes (sent to the server).") var limit: Int?
    @Option(name: [.customShort("m"), .customLong("mode")], help: "Output mode: text or json.") var mode: String = "text"

    /// The Gerrit query these options ask for: values of one option ORed, options ANDed.
    var query: GerritQuery {
        var parts: [GerritQuery] = []
        func add(_ values: [String], _ make: (String) -> GerritQuery) {
            if !values.isEmpty { parts.append(.or(values.map(make))) }
        }
        add(project, GerritQuery.project)
        add(status, GerritQuery.status)
        add(branch, GerritQuery.branch)
        add(topic, GerritQuery.topic)
        add(owner, GerritQuery.owner)
        add(reviewer, GerritQuery.reviewer)
        add(message, GerritQuery.message)
        if let rawquery { parts.append(.raw(rawquery)) }
        if let limit { parts.append(.limit(limit)) }
        return .and(parts)
    }

    func run() async throws {
        guard let outputMode = ["text": OutputMode.text, "json": .json, "xml": .xml, "csv": .csv][mode] else {
            throw CLIError.usage("--mode: '\(mode)' is not one of text, json, xml, csv.")
        }
        guard global.demo else {
            throw CLIError.usage("talking to a real server lands with the transport issue; use --demo for now.")
        }
        let now = Date()
        let changes = try await DemoQuery.run(query, flags: ["--current-patch-set", "--all-approvals", "--files"], now: now)
        let report = Report.table(ChangesTable.make(changes))
        let text = render(report, context: RenderContext(now: now, color: false, mode: outputMode))
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Runs one query against the in-process simulated server as user "demo".
enum DemoQuery {
    static func run(_ query: GerritQuery, flags: [String], now: Date) async throws -> [Change] {
        let server = GerritSimServer(now: now)
        let words = ["gerrit", "query", "--format=JSON"] + flags + [query.rendered]
        let result = await server.run(words: words, user: "demo")
        if result.exitStatus != 0 {
            throw CLIError.server("demo server: \(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        let decoder = GerritLineDecoder(source: "demo server")
        var changes: [Change] = []
        for (index, line) in result.stdout.enumerated() {
            switch decoder.queryRow(line, lineNumber: index + 1) {
            case .success(.change(let change)): changes.append(change)
            case .success(.error(let error)): throw CLIError.server("demo server: \(error.message)")
            case .failure(let error): throw CLIError.server(error.description)
            default: break
            }
        }
        return changes
    }
}

/// The `changes` table: the original's default columns.
enum ChangesTable {
    static func make(_ changes: [Change], title: String = "Changes") -> ReportTable {
        let columns = [
            ReportColumn(key: "status", label: "Status"),
            ReportColumn(key: "url", label: "URL"),
            ReportColumn(key: "owner", label: "Owner"),
            ReportColumn(key: "subject", label: "Subject", truncationWidth: 40),
            ReportColumn(key: "createdOn", label: "Created"),
            ReportColumn(key: "lastUpdated", label: "Updated"),
            ReportColumn(key: "tests", label: "Tests"),
            ReportColumn(key: "reviews", label: "Reviews"),
            ReportColumn(key: "workflow", label: "Workflow"),
        ]
        let rows = changes.map { change -> ReportRow in
            let current = change.latestPatchSet
            func summary(_ label: String) -> CellValue {
                let votes = current?.approvals(for: label).map(\.value).filter { $0 != 0 } ?? []
                for candidate in [-2, 2, -1, 1] where votes.contains(candidate) { return .vote(candidate) }
                return .vote(nil)
            }
            return ReportRow(values: [
                "status": .text(change.status.map { "\($0)".uppercased() } ?? ""),
                "url": .url(change.url ?? ""),
                "owner": .text(change.owner?.identity ?? "<unknown>"),
                "subject": .text(change.subject ?? ""),
                "createdOn": change.createdOn.map { .date($0) } ?? .empty,
                "lastUpdated": change.lastUpdated.map { .date($0) } ?? .empty,
                "tests": summary("Verified"),
                "reviews": summary("Code-Review"),
                "workflow": summary("Workflow"),
            ], children: [])
        }
        return ReportTable(title: title, columns: columns, rows: rows)
    }
}
