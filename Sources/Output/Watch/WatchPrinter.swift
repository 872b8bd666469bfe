import Foundation
import Reports
import TerminalText

/// Turns event summaries into output as they come, in any mode.
///
/// Text: a header line (time, event, change, project, who) then the subject, what changed and
/// the start of the message. JSON: one object per line. CSV: a header row, then one row per
/// event. XML: an `<events>` document with one `<event>` per event, closed by `finish()`.
public struct WatchPrinter {
    public var mode: OutputMode
    public var color: Bool
    public var now: Date
    /// The most message lines text mode prints per event (CI reports run long).
    public var messageLines = 6
    private var csvHeaderWritten = false

    public init(mode: OutputMode, color: Bool, now: Date) {
        self.mode = mode
        self.color = color
        self.now = now
    }

    public func start() -> String {
        mode == .xml ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<events>\n" : ""
    }

    public func finish() -> String {
        mode == .xml ? "</events>\n" : ""
    }

    public mutating func line(for summary: EventSummary) -> String {
        switch mode {
        case .text: return text(summary)
        case .json: return json(summary)
        case .csv:
            // Absolute times: a relative age means nothing in a log that outlives the moment.
            var row = summary.row
            row.set(ReportCell(.text(Self.iso(summary.time))), for: "time")
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

    public func text(_ summary: EventSummary) -> String {
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

    public func json(_ summary: EventSummary) -> String {
        let record = WatchRecord(summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(record) else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public func xml(_ summary: EventSummary) -> String {
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
    public static func clockTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    public static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
