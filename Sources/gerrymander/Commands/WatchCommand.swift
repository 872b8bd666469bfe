import ArgumentParser
import Foundation
import GerritClient
import GerritModel
import Output
import Reports
import TerminalText

/// `gerrymander watch`: the live event stream, one readable entry per event.
struct WatchCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch incoming changes.",
        discussion: """
        Prints Gerrit's stream-events as they come: when, what happened, the change, who did \
        it and what changed (votes, new patch sets, merges…). Bots' comments are hidden unless \
        --all; what bots do to a change (merges, uploads) is always shown. A ref update that \
        repeats a new patch set or a merge is folded into it. \
        -m json prints one JSON object per line; csv one row per event; xml one <event> each.
        Example: gerrymander --demo watch -g nova
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var projects: ProjectOptions
    @Flag(inversion: .prefixedNo, help: "Keep comments by bots (--no-all hides them again).") var all = false
    @Option(name: .customLong("max-events"), help: .hidden) var maxEvents: Int?

    func run() async throws {
        let processEnvironment = ProcessInfo.processInfo.environment
        // A fixed GERRYMANDER_NOW (tests) means simulated time does not follow the wall clock.
        let fixedNow = processEnvironment[DemoEnvironment.nowVariable].map { !$0.isEmpty } ?? false
        // The demo's events arrive in real time, as on a live server (tests read them at once).
        let environment = try ReportEnvironment.make(global, realTimeEvents: !fixedNow)
        defer { environment.client.close() }
        let filter = EventFilter(projects: try projects.projects(settings: environment.settings), includeBots: all)
        let useColor = output.usesColor(isTTY: standardOutputIsTerminal(), environment: processEnvironment)
        var printer = WatchPrinter(mode: output.mode, color: useColor, now: environment.now)
        var folder = RefUpdateFolder()
        let bots = environment.bots
        write(printer.start())
        if isatty(STDERR_FILENO) != 0 && !global.quiet {
            // A quiet feed must not look like a hang.
            printError("watching \(environment.client.serverName) — Ctrl-C stops")
        }
        var shown = 0
        if let maxEvents, maxEvents <= 0 {
            write(printer.finish())
            return
        }
        for await update in environment.client.events() {
            switch update {
            case .event(let event):
                let summary = EventSummary(event: event, receivedAt: fixedNow ? environment.now : Date(), bots: bots)
                guard !folder.folds(summary), filter.accepts(summary) else { continue }
                write(printer.line(for: summary))
                shown += 1
                if let maxEvents, shown >= maxEvents {
                    write(printer.finish())
                    return
                }
            case .undecodable(let message):
                printError("gerrymander: skipped an event: \(message)")
            case .state(.offline(let reason)):
                write(printer.finish())
                throw CLIError.server("\(environment.client.serverName): event stream ended: \(reason)")
            case .state, .backfill:
                break
            }
        }
        write(printer.finish())
    }

    private func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Turns event summaries into output as they come, in any mode.
///
/// Text: a header line (time, event, change, project, who) then the subject, what changed and
/// the start of the message. JSON: one object per line. CSV: a header row, then one row per
/// event. XML: an `<events>` document with one `<event>` per event, closed by `finish()`.
struct WatchPrinter {
    var mode: OutputMode
    var color: Bool
    var now: Date
    /// The most message lines text mode prints per event (CI reports run long).
    var messageLines = 6
    private var csvHeaderWritten = false

    init(mode: OutputMode, color: Bool, now: Date) {
        self.mode = mode
        self.color = color
        self.now = now
    }

    func start() -> String {
        mode == .xml ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<events>\n" : ""
    }

    func finish() -> String {
        mode == .xml ? "</events>\n" : ""
    }

    mutating func line(for summary: EventSummary) -> String {
        switch mode {
        case .text: return text(summary)
        case .json: return json(summary)
        case .csv:
            // Absolute times: a relative age means nothing in a log that outlives the moment.
            var row = summary.row
            row.cells["time"] = ReportCell(.text(Self.iso(summary.time)))
            let table = ReportTable(title: "", columns: EventSummary.columns, rows: [row])
            var rendered = CSVRenderer(now: now).render(.table(table))
            if csvHeaderWritten, let end = rendered.range(of: "\r\n") {
                rendered = String(rendered[end.upperBound...])
            }
            csvHeaderWritten = true
            return rendered
        case .xml: return xml(summary)
        }
    }

    func text(_ summary: EventSummary) -> String {
        var head = Self.clockTime(summary.time) + "  " + paint(sanitizeLine(summary.typeName), summary.tone ?? .heading)
        if let number = summary.changeNumber { head += "  " + String(number) }
        if let project = summary.project { head += "  " + sanitizeLine(project) }
        if let branch = summary.branch, branch != "master" { head += " (" + sanitizeLine(branch) + ")" }
        if let actor = summary.actorName { head += "  " + paint(sanitizeLine(actor), .name) }
        var lines = [head]
        if let subject = summary.subject { lines.append("  " + sanitizeLine(subject)) }
        if let url = summary.url { lines.append("  " + sanitizeLine(url)) }
        lines.append("  " + paint(sanitizeLine(summary.detail), summary.tone))
        do {
            var body: [String] = []
            for paragraph in summary.messageParagraphs {
                if !body.isEmpty { body.append("") }
                body += sanitizeMultiline(paragraph).split(separator: "\n").map { "  > " + $0 }
            }
            if body.count > messageLines {
                body = Array(body.prefix(messageLines)) + ["  > …"]
            }
            lines += body.map { $0 == "" ? "  >" : $0 }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    func json(_ summary: EventSummary) -> String {
        let record = WatchRecord(summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(record) else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func xml(_ summary: EventSummary) -> String {
        var lines = ["  <event type=\"\(XMLRenderer.escape(summary.type))\">"]
        for column in EventSummary.columns {
            let value = summary.row[column.key].value
            guard !value.isEmpty else { continue }
            var text = value.displayText(now: now)
            if case .date(let date) = value { text = Self.iso(date) }
            lines.append("    <\(column.key)>\(XMLRenderer.escape(text))</\(column.key)>")
        }
        lines.append("  </event>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func paint(_ text: String, _ tone: CellTone?) -> String {
        colorize(text, tone: tone, color: color)
    }

    /// "2026-11-26 14:02:11" in UTC, so output reads the same on every machine.
    static func clockTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// One event as a JSON object for `watch -m json`.
struct WatchRecord: Encodable {
    var time: Int
    var iso: String
    var type: String
    var event: String
    var change: Int?
    var url: String?
    var project: String?
    var branch: String?
    var subject: String?
    var patchSet: Int?
    var user: String?
    var username: String?
    var bot: Bool
    var details: [String]
    var votes: [String: Int]
    var message: String?

    init(_ summary: EventSummary) {
        time = Int(summary.time.timeIntervalSince1970)
        iso = WatchPrinter.iso(summary.time)
        type = summary.type
        event = summary.typeName
        change = summary.changeNumber
        url = summary.url
        project = summary.project
        branch = summary.branch
        subject = summary.subject
        patchSet = summary.patchSet
        user = summary.actorName
        username = summary.actor?.username
        bot = summary.isBot
        details = summary.details
        votes = Dictionary(summary.votes.map { ($0.label, $0.value) }, uniquingKeysWith: { _, last in last })
        message = summary.message
    }
}
