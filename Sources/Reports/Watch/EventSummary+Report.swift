import Foundation

extension EventSummary {
    /// The columns of an event row, in display order; `watch` uses them for JSON, XML and CSV.
    public static let columns: [ReportColumn] = [
        ReportColumn(key: "time", label: "Time"),
        ReportColumn(key: "type", label: "Type"),
        ReportColumn(key: "event", label: "Event"),
        ReportColumn(key: "change", label: "Change"),
        ReportColumn(key: "url", label: "URL"),
        ReportColumn(key: "project", label: "Project"),
        ReportColumn(key: "branch", label: "Branch"),
        ReportColumn(key: "subject", label: "Subject"),
        ReportColumn(key: "patchSet", label: "Patch"),
        ReportColumn(key: "user", label: "User"),
        ReportColumn(key: "username", label: "Username"),
        ReportColumn(key: "detail", label: "Detail"),
        ReportColumn(key: "message", label: "Message"),
    ]

    /// The event as one report row with the keys of `columns`.
    public var row: ReportRow {
        func text(_ value: String?) -> CellValue { value.map(CellValue.text) ?? .empty }
        return ReportRow(cells: [
            "time": ReportCell(.date(time)),
            "type": ReportCell(.text(type)),
            "event": ReportCell(.text(typeName)),
            "change": ReportCell(changeNumber.map(CellValue.int) ?? .empty),
            "url": ReportCell(url.map(CellValue.url) ?? .empty),
            "project": ReportCell(text(project)),
            "branch": ReportCell(text(branch)),
            "subject": ReportCell(text(subject)),
            "patchSet": ReportCell(patchSet.map(CellValue.int) ?? .empty),
            "user": ReportCell(text(actorName), tone: .name),
            "username": ReportCell(text(actor?.username)),
            "detail": ReportCell(.text(detail), tone: tone),
            "message": ReportCell(text(message)),
        ])
    }

    /// Events as one table "Events", for a finished list of events (tests, the TUI's export).
    public static func report(_ events: [EventSummary]) -> Report {
        .table(ReportTable(title: "Events", columns: columns, rows: events.map(\.row)))
    }
}
