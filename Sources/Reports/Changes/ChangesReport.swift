import Foundation
import GerritModel

/// The change table shared by `changes`, the todo-* lists and openreviewstats (spec §8.2).
///
/// Columns in their fixed order; `--field` picks and orders them, `--sort` sorts on raw values
/// (dates by time, votes numerically). Votes come from the newest patch set only and are bucketed
/// by the first letter of their label: `c` Code-Review, `v` Verified, `w` Workflow.
public enum ChangesReport {
    /// Every column, in display order; topic, project, branch and approvals are hidden by default.
    public static let columns: [ReportColumn] = [
        ReportColumn(key: "number", label: "Number", isVisible: false, isIdentifier: true),
        ReportColumn(key: "status", label: "Status"),
        ReportColumn(key: "topic", label: "Topic", isVisible: false),
        ReportColumn(key: "url", label: "URL"),
        ReportColumn(key: "owner", label: "Owner"),
        ReportColumn(key: "project", label: "Project", isVisible: false, isIdentifier: true),
        ReportColumn(key: "branch", label: "Branch", isVisible: false),
        ReportColumn(key: "subject", label: "Subject", truncationWidth: 30),
        ReportColumn(key: "createdOn", label: "Created"),
        ReportColumn(key: "lastUpdated", label: "Updated"),
        ReportColumn(key: "approvals", label: "Approvals", isVisible: false),
        ReportColumn(key: "tests", label: "Tests", alignment: .right),
        ReportColumn(key: "reviews", label: "Reviews", alignment: .right),
        ReportColumn(key: "workflow", label: "Workflow", alignment: .right),
    ]

    /// The column keys, for `--sort` and `--field` help.
    public static var columnKeys: [String] { columns.map(\.key) }

    /// The order rows come in when the user gives no `--sort`: oldest first.
    public static let defaultSort = SortSpec(key: "createdOn")

    /// The table for `changes`.
    ///
    /// - Parameters:
    ///   - changes: The changes in the order to show them.
    ///   - title: "Changes" for `changes`, "Changes To Do List" for the todo lists.
    ///   - dependencies: `--deps`: nest each change under the change it depends on (see
    ///     ``DependencyForest``); otherwise a flat list.
    public static func table(_ changes: [Change], title: String = "Changes", dependencies: Bool = false) -> ReportTable {
        let rows: [ReportRow]
        if dependencies {
            rows = DependencyForest(changes).roots.map(row(for:))
        } else {
            rows = changes.map { row(for: $0) }
        }
        return ReportTable(title: title, columns: columns, rows: rows)
    }

    /// The table of rows made already with `row(for:)`, one change at a time as the changes
    /// were read: a long list then never holds its changes and their rows at once.
    public static func table(rows: [ReportRow], title: String = "Changes") -> ReportTable {
        ReportTable(title: title, columns: columns, rows: rows)
    }

    private static func row(for node: DependencyForest.Node) -> ReportRow {
        row(for: node.change, children: node.children.map(row(for:)))
    }

    /// What a row reads of a change beyond its list fields: nothing (vote labels and values are
    /// always there).
    public static let parts: ChangeParts = []

    /// What `table(_:title:dependencies:)` reads: the rows', and the dependency tree's with `--deps`.
    public static func parts(dependencies: Bool) -> ChangeParts {
        dependencies ? parts.union(DependencyForest.parts) : parts
    }

    /// The keys of every change row, shared by all of them.
    private static let rowKeys = [
        "number", "status", "topic", "url", "owner", "project", "branch", "subject", "createdOn", "lastUpdated",
        "approvals", "tests", "reviews", "workflow",
    ]

    /// One change as a row.
    public static func row(for change: Change, children: [ReportRow] = []) -> ReportRow {
        let buckets = VoteBuckets(change.latestPatchSet?.approvals ?? [])
        func summary(_ votes: [Int]) -> ReportCell {
            let vote = VoteBuckets.summary(votes)
            return ReportCell(.vote(vote), tone: vote.flatMap(VoteBuckets.tone(forSummary:)))
        }
        let approvals = [
            LabelVotes(label: "w", votes: buckets.workflow),
            LabelVotes(label: "v", votes: buckets.verified),
            LabelVotes(label: "c", votes: buckets.codeReview),
        ]
        let owner = change.owner.flatMap { $0.username?.isEmpty == false ? $0.username : $0.identity } ?? "<unknown>"
        // In the order of `rowKeys`.
        let cells = [
            ReportCell(.int(change.number)),
            ReportCell(.text(change.status?.rawValue ?? "")),
            ReportCell(change.topic.map(CellValue.text) ?? .empty),
            ReportCell(.url(change.url ?? "")),
            ReportCell(.text(owner)),
            ReportCell(.text(change.project ?? "")),
            ReportCell(.text(change.branch ?? "")),
            ReportCell(.text(change.subject ?? "")),
            ReportCell(change.createdOn.map(CellValue.date) ?? .empty),
            ReportCell(change.lastUpdated.map(CellValue.date) ?? .empty),
            ReportCell(.votes(approvals), tone: buckets.approvalsTone),
            summary(buckets.verified),
            summary(buckets.codeReview),
            summary(buckets.workflow),
        ]
        return ReportRow(keys: rowKeys, cells: cells, children: children)
    }
}
