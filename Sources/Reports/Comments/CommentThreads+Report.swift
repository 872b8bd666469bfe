import Foundation
import GerritModel

extension CommentThreads {
    /// The threads as a report for JSON, XML and CSV: the change, its patch sets, its comments.
    ///
    /// Three parts: a list "Change" (number, URL, Change-Id, subject, unresolved count), a table
    /// "Patch sets" (number, revision, uploader, upload time, CI summary, comment counts) and a
    /// table "Comments" with one row per comment and its full text.
    public var report: Report {
        let change = ReportList(title: "Change", entries: [
            ReportListEntry(key: "number", label: "Number", value: .int(changeNumber)),
            ReportListEntry(key: "url", label: "URL", value: .url(url ?? "")),
            ReportListEntry(key: "changeId", label: "Change-Id", value: .text(changeId ?? "")),
            ReportListEntry(key: "project", label: "Project", value: .text(project ?? "")),
            ReportListEntry(key: "subject", label: "Subject", value: .text(subject ?? "")),
            ReportListEntry(key: "unresolved", label: "Unresolved comments", value: .int(unresolvedCount)),
        ])
        let patchSetTable = ReportTable(
            title: "Patch sets",
            columns: [
                ReportColumn(key: "patchSet", label: "Patch"),
                ReportColumn(key: "revision", label: "Revision"),
                ReportColumn(key: "uploader", label: "Uploader"),
                ReportColumn(key: "createdOn", label: "Uploaded"),
                ReportColumn(key: "ci", label: "CI"),
                ReportColumn(key: "comments", label: "Comments"),
                ReportColumn(key: "hiddenBotComments", label: "Bot comments hidden"),
                ReportColumn(key: "unresolved", label: "Unresolved"),
            ],
            rows: patchSets.map { thread in
                ReportRow(cells: [
                    "patchSet": ReportCell(.int(thread.number)),
                    "revision": ReportCell(.text(thread.revision ?? "")),
                    "uploader": ReportCell(.text(thread.uploader?.displayName ?? "")),
                    "createdOn": ReportCell(thread.createdOn.map(CellValue.date) ?? .empty),
                    "ci": ReportCell(.text(thread.ci.text), tone: thread.ci.overall.tone),
                    "comments": ReportCell(.int(thread.entries.count)),
                    "hiddenBotComments": ReportCell(.int(thread.hiddenBotEntries)),
                    "unresolved": ReportCell(.int(thread.unresolvedCount)),
                ])
            })
        let comments = ReportTable(
            title: "Comments",
            columns: [
                ReportColumn(key: "patchSet", label: "Patch"),
                ReportColumn(key: "kind", label: "Kind"),
                ReportColumn(key: "timestamp", label: "When"),
                ReportColumn(key: "author", label: "Author"),
                ReportColumn(key: "username", label: "Username"),
                ReportColumn(key: "bot", label: "Bot"),
                ReportColumn(key: "location", label: "Location"),
                ReportColumn(key: "unresolved", label: "Unresolved"),
                ReportColumn(key: "text", label: "Text"),
            ],
            rows: patchSets.flatMap { thread in
                thread.entries.map { entry in
                    ReportRow(cells: [
                        "patchSet": ReportCell(.int(thread.number)),
                        "kind": ReportCell(.text(entry.kind.rawValue)),
                        "timestamp": ReportCell(entry.timestamp.map(CellValue.date) ?? .empty),
                        "author": ReportCell(.text(entry.authorName), tone: .name),
                        "username": ReportCell(.text(entry.author?.username ?? "")),
                        "bot": ReportCell(.text(entry.isBot ? "yes" : "")),
                        "location": ReportCell(.text(entry.location ?? "")),
                        "unresolved": ReportCell(.text(entry.unresolved == true ? "yes" : ""),
                                                 tone: entry.unresolved == true ? .warning : nil),
                        "text": ReportCell(.text(entry.text)),
                    ])
                }
            })
        return .compound([.list(change), .table(patchSetTable), .table(comments)])
    }
}

extension CIStatus {
    /// The tone a CI outcome is shown in.
    public var tone: CellTone? {
        switch self {
        case .passed: return .positive
        case .failed: return .negative
        case .unknown: return nil
        }
    }
}
