import Foundation
import Reports

/// Fixed clock and reports shared by the renderer tests.
enum Sample {
    static let now = Date(timeIntervalSince1970: 1_764_000_000)  // 2025-11-24T16:00:00Z

    static func ago(days: Double = 0, hours: Double = 0, minutes: Double = 0) -> Date {
        now.addingTimeInterval(-(days * 86_400 + hours * 3_600 + minutes * 60))
    }

    static let columns = [
        ReportColumn(key: "status", label: "Status"),
        ReportColumn(key: "url", label: "URL"),
        ReportColumn(key: "owner", label: "Owner"),
        ReportColumn(key: "topic", label: "Topic", isVisible: false),
        ReportColumn(key: "subject", label: "Subject", truncationWidth: 20),
        ReportColumn(key: "createdOn", label: "Created"),
        ReportColumn(key: "reviews", label: "Reviews", alignment: .right),
    ]

    static func change(
        _ number: Int, owner: String, subject: String, created: Date, reviews: Int?,
        topic: String? = nil, children: [ReportRow] = []
    ) -> ReportRow {
        let tone: CellTone? = switch reviews {
        case -2: .strongNegative
        case -1: .negative
        case 1: .positive
        case 2: .strongPositive
        default: nil
        }
        return ReportRow(cells: [
            "status": ReportCell(.text("NEW")),
            "url": ReportCell(.url("https://review.example.org/\(number)")),
            "owner": ReportCell(.text(owner), tone: .name),
            "topic": ReportCell(topic.map(CellValue.text) ?? .empty),
            "subject": ReportCell(.text(subject)),
            "createdOn": ReportCell(.date(created)),
            "reviews": ReportCell(.vote(reviews), tone: tone),
        ], children: children)
    }

    /// Owners in Latin, CJK and emoji, so cell widths differ from character counts.
    static let changes = ReportTable(title: "Changes", columns: columns, rows: [
        change(1001, owner: "alice", subject: "Refactor the compute API layer", created: ago(days: 20), reviews: 2),
        change(1002, owner: "山田太郎", subject: "修正: 日本語のドキュメント", created: ago(days: 1), reviews: -2),
        change(1003, owner: "🐙octo", subject: "Short", created: ago(hours: 5), reviews: nil),
    ])

    static let summary = ReportList(title: "Review summary", entries: [
        ReportListEntry(key: "total", label: "Total reviews", value: .int(18)),
        ReportListEntry(key: "reviewers", label: "Total reviewers", value: .int(5)),
        ReportListEntry(key: "wait", label: "Average wait", value: .duration(4 * 86_400 + 3_600)),
    ])
}
