import Foundation
import GerritModel

/// Per-reviewer Code-Review vote counts over the last N days (`patchreviewstats`).
///
/// Fixes the original (spec §9.3): a Code-Review 0 vote is counted in its own column instead of
/// crashing the report; bots come from the configuration instead of a hard-coded
/// jenkins/smokestack; "Total reviews" is the sum of the table; the ratio of a reviewer with only
/// 0 votes is blank, not undefined; and the label reads "Total reviewers".
public struct PatchReviewStats: Sendable, Hashable {
    /// One reviewer's counts.
    public struct Reviewer: Sendable, Hashable {
        /// Username, or full name when the account has none.
        public var user: String
        /// Team name or "".
        public var team: String
        /// Votes of −2, −1, 0, +1 and +2.
        public var minus2 = 0, minus1 = 0, zero = 0, plus1 = 0, plus2 = 0

        /// Creates an empty reviewer row.
        public init(user: String, team: String) {
            self.user = user
            self.team = team
        }

        /// All Code-Review votes counted.
        public var reviews: Int { minus2 + minus1 + zero + plus1 + plus2 }

        /// Positive share of the non-zero votes, 0…1; nil when every vote was 0.
        public var positiveRatio: Double? {
            let decided = minus2 + minus1 + plus1 + plus2
            return decided == 0 ? nil : Double(plus1 + plus2) / Double(decided)
        }

        mutating func count(_ value: Int) {
            switch value {
            case ...(-2): minus2 += 1
            case -1: minus1 += 1
            case 0: zero += 1
            case 1: plus1 += 1
            default: plus2 += 1
            }
        }
    }

    /// Reviewers, most reviews first (ties by name).
    public var reviewers: [Reviewer]
    /// Every approval of any label, by anyone, in the window (the original's "Total reviews").
    public var allApprovals: Int

    /// Counts the Code-Review votes granted after `now − days`.
    ///
    /// - Parameters:
    ///   - changes: Changes with all patch sets and approvals (any status).
    ///   - now: The end of the window.
    ///   - days: The window length.
    ///   - bots: Accounts left out.
    ///   - teams: Who is in which team.
    /// What the statistics read of a change beyond its list fields: every vote, with its voter
    /// and time, on every patch set.
    public static let parts: ChangeParts = [.voters, .olderPatchSets]

    public init(changes: [Change], now: Date, days: Int, bots: BotMatcher, teams: TeamDirectory = TeamDirectory()) {
        let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
        var byUser: [String: Reviewer] = [:]
        var all = 0
        for change in changes {
            for patchSet in CommentThreads.allPatchSets(of: change) {
                for approval in patchSet.approvals {
                    guard let granted = approval.grantedOn, granted > cutoff, granted <= now else { continue }
                    all += 1
                    guard approval.type == "Code-Review", let voter = approval.by, !bots.isBot(voter),
                          let user = Self.key(of: voter) else { continue }
                    byUser[user, default: Reviewer(user: user, team: teams.team(of: user))].count(approval.value)
                }
            }
        }
        reviewers = byUser.values.sorted { ($0.reviews, $1.user) > ($1.reviews, $0.user) }
        allApprovals = all
    }

    /// The reviewer key: username, else full name.
    static func key(of account: Account) -> String? {
        if let username = account.username, !username.isEmpty { return username }
        if let name = account.name, !name.isEmpty { return name }
        return nil
    }

    /// Sum of the table's Reviews column.
    public var totalReviews: Int { reviewers.reduce(0) { $0 + $1.reviews } }

    /// The table "Review statistics" and the list "Review summary".
    public var report: Report {
        let columns = [
            ReportColumn(key: "user", label: "User"),
            ReportColumn(key: "team", label: "Team"),
            ReportColumn(key: "reviews", label: "Reviews"),
            ReportColumn(key: "flag-m2", label: "-2"),
            ReportColumn(key: "flag-m1", label: "-1"),
            ReportColumn(key: "flag-0", label: "0"),
            ReportColumn(key: "flag-p1", label: "+1"),
            ReportColumn(key: "flag-p2", label: "+2"),
            ReportColumn(key: "ratio", label: "+/-", alignment: .right),
        ]
        let rows = reviewers.map { reviewer in
            ReportRow(cells: [
                "user": ReportCell(.text(reviewer.user)),
                "team": ReportCell(.text(reviewer.team)),
                "reviews": ReportCell(.int(reviewer.reviews)),
                "flag-m2": ReportCell(.int(reviewer.minus2), tone: reviewer.minus2 > 0 ? .strongNegative : nil),
                "flag-m1": ReportCell(.int(reviewer.minus1), tone: reviewer.minus1 > 0 ? .negative : nil),
                "flag-0": ReportCell(.int(reviewer.zero)),
                "flag-p1": ReportCell(.int(reviewer.plus1), tone: reviewer.plus1 > 0 ? .positive : nil),
                "flag-p2": ReportCell(.int(reviewer.plus2), tone: reviewer.plus2 > 0 ? .strongPositive : nil),
                "ratio": ReportCell(reviewer.positiveRatio.map(CellValue.percent) ?? .empty),
            ])
        }
        let summary = ReportList(title: "Review summary", entries: [
            ReportListEntry(key: "reviews", label: "Total reviews", value: .int(totalReviews)),
            ReportListEntry(key: "reviewers", label: "Total reviewers", value: .int(reviewers.count)),
            ReportListEntry(key: "approvals", label: "All votes (any label, bots included)", value: .int(allApprovals)),
        ])
        return .compound([.table(ReportTable(title: "Review statistics", columns: columns, rows: rows)), .list(summary)])
    }
}
