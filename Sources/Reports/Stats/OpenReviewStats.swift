import Foundation
import GerritModel

/// How long open changes have waited for review (`openreviewstats`).
///
/// A change waits on its submitter when its current patch set has any negative vote (any label,
/// CI included) or it is marked work in progress, otherwise on reviewers; the averages, medians and tables use only the changes
/// waiting on reviewers, measured three ways: since the current patch set, since the first, and
/// since the last patch set without a −1/−2 Code-Review.
///
/// Fixes the original (spec §9.4): the wait is measured from when the patch set was uploaded
/// (the original used its oldest vote), the median of an even count is the mean of the middle
/// two, and the `age` column can be chosen with `--field` and sorted with `--sort`.
public struct OpenReviewStats: Sendable, Hashable {
    /// One change waiting on reviewers, with its three waits in seconds.
    public struct Waiting: Sendable, Hashable {
        /// The change.
        public var change: Change
        /// Since the current patch set was uploaded.
        public var sinceCurrent: TimeInterval
        /// Since the first patch set was uploaded.
        public var sinceFirst: TimeInterval
        /// Since the first patch set after the last one with a −1/−2 Code-Review (0 when the
        /// current one has one; the first patch set when none has).
        public var sinceLastNegative: TimeInterval
    }

    /// Open changes counted (status NEW).
    public var total: Int
    /// Changes whose current patch set has a negative vote.
    public var waitingOnSubmitter: Int
    /// Changes waiting on reviewers, with their waits.
    public var waiting: [Waiting]
    /// The `--days` threshold for "Older than N days".
    public var days: Int

    /// Measures `changes` (queried with all patch sets and approvals) at `now`.
    /// What the statistics read of a change beyond its list fields: every patch set (their
    /// times and vote values), and what the change columns read.
    public static let parts: ChangeParts = ChangesReport.parts.union(.olderPatchSets)

    public init(changes: [Change], now: Date, days: Int) {
        self.days = days
        var total = 0, onSubmitter = 0
        var waiting: [Waiting] = []
        for change in changes where change.status == nil || change.status == .new {
            let patchSets = CommentThreads.allPatchSets(of: change)
            guard let current = patchSets.last, let first = patchSets.first else { continue }
            total += 1
            if change.wip == true || current.approvals.contains(where: { $0.value < 0 }) {
                onSubmitter += 1
                continue
            }
            func age(_ patchSet: PatchSet) -> TimeInterval {
                max(0, now.timeIntervalSince(patchSet.createdOn ?? change.createdOn ?? now))
            }
            let isNegative = { (ps: PatchSet) in ps.approvals.contains { $0.type == "Code-Review" && $0.value < 0 } }
            let lastClean: TimeInterval
            if let index = patchSets.lastIndex(where: isNegative) {
                lastClean = index + 1 < patchSets.count ? age(patchSets[index + 1]) : 0
            } else {
                lastClean = age(first)
            }
            waiting.append(Waiting(change: change, sinceCurrent: age(current), sinceFirst: age(first),
                                   sinceLastNegative: lastClean))
        }
        self.total = total
        waitingOnSubmitter = onSubmitter
        self.waiting = waiting
    }

    /// The mean of `values`; nil when empty.
    static func average(_ values: [TimeInterval]) -> TimeInterval? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The median of `values` (mean of the middle two for an even count); nil when empty.
    static func median(_ values: [TimeInterval]) -> TimeInterval? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The summary lists and the three "Longest waiting" tables (all rows; `--limit` cuts them).
    public var report: Report {
        func duration(_ value: TimeInterval?) -> CellValue { value.map(CellValue.duration) ?? .empty }
        let measures: [(key: String, title: String, value: (Waiting) -> TimeInterval)] = [
            ("current", "since current revision", \.sinceCurrent),
            ("first", "since first revision", \.sinceFirst),
            ("clean", "since last revision without -1/-2 from reviewer", \.sinceLastNegative),
        ]
        var parts: [Report] = [.list(ReportList(title: "Review summary", entries: [
            ReportListEntry(key: "total", label: "Total open reviews", value: .int(total)),
            ReportListEntry(key: "submitter", label: "Waiting on submitter", value: .int(waitingOnSubmitter)),
            ReportListEntry(key: "reviewer", label: "Waiting on reviewer", value: .int(waiting.count)),
        ]))]
        for (index, measure) in measures.enumerated() {
            let values = waiting.map(measure.value)
            var entries = [
                ReportListEntry(key: "average", label: "Average wait time", value: duration(Self.average(values))),
                ReportListEntry(key: "median", label: "Median wait time", value: duration(Self.median(values))),
            ]
            if index == 0 {
                let older = values.filter { $0 > Double(days) * 86_400 }.count
                entries.append(ReportListEntry(key: "older", label: "Older than \(days) days", value: .int(older)))
            }
            parts.append(.list(ReportList(title: "Summary " + measure.title, entries: entries)))
        }
        // Each change's columns are made once for the three tables; only the age differs.
        let changeRows = waiting.map { Self.changeRow(for: $0.change) }
        for measure in measures {
            // Longest first, ties in list order. Sorted as indices: a `Waiting` holds a whole
            // change, and moving those around while sorting cost more than the rest of the report.
            let values = waiting.map(measure.value)
            let sorted = waiting.indices.sorted { lhs, rhs in
                (values[lhs], rhs) > (values[rhs], lhs)
            }
            let rows = sorted.map { index in
                var row = changeRows[index]
                row.set(ReportCell(.duration(values[index])), for: "age")
                return row
            }
            parts.append(.table(ReportTable(title: "Longest waiting " + measure.title, columns: Self.columns, rows: rows)))
        }
        return .compound(parts)
    }

    /// The change columns of every change report, up to "Updated", then how long it has waited.
    private static let sharedKeys = ["number", "status", "topic", "url", "owner", "project", "branch", "subject",
                                     "createdOn", "lastUpdated"]
    private static let columns = ChangesReport.columns.filter { sharedKeys.contains($0.key) }
        + [ReportColumn(key: "age", label: "Age")]

    private static func changeRow(for change: Change) -> ReportRow {
        ChangesReport.row(for: change).keeping(sharedKeys)
    }
}
