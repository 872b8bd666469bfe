import Foundation
import GerritModel

/// Per-user daily review rate for each of the last 52 weeks (`patchreviewrate`).
///
/// Every vote except Verified counts (Code-Review, Workflow and any other label). Week 1 is the
/// last 7 days before now, week 2 the 7 before that, and so on; each week's value is its votes
/// / 7, and Total is the votes of all 52 weeks / 364. Bots (from the configuration) are left out,
/// which the original did not do.
public struct PatchReviewRate: Sendable, Hashable {
    /// The number of weekly buckets.
    public static let weeks = 52

    /// One user's counts.
    public struct User: Sendable, Hashable {
        /// The username.
        public var user: String
        /// Team name or "".
        public var team: String
        /// Votes per week; index 0 is week 1 (the last 7 days).
        public var weekly: [Int]

        /// Creates a user with no votes.
        public init(user: String, team: String) {
            self.user = user
            self.team = team
            weekly = Array(repeating: 0, count: PatchReviewRate.weeks)
        }

        /// Votes per day over the whole year.
        public var dailyRate: Double { Double(weekly.reduce(0, +)) / Double(7 * PatchReviewRate.weeks) }

        /// Votes per day in week `n` (1-based).
        public func dailyRate(week n: Int) -> Double { Double(weekly[n - 1]) / 7 }
    }

    /// Users, highest daily rate first (ties by name).
    public var users: [User]

    /// Counts the votes of `changes` by week before `now`.
    /// What the rates read of a change beyond its list fields: every vote, with its voter and
    /// time, on every patch set.
    public static let parts: ChangeParts = [.voters, .olderPatchSets]

    public init(changes: [Change], now: Date, bots: BotMatcher, teams: TeamDirectory = TeamDirectory()) {
        var byUser: [String: User] = [:]
        for change in changes {
            for patchSet in CommentThreads.allPatchSets(of: change) {
                for approval in patchSet.approvals where approval.type != "Verified" {
                    guard let granted = approval.grantedOn, let voter = approval.by, !bots.isBot(voter),
                          let user = voter.username, !user.isEmpty else { continue }
                    let age = now.timeIntervalSince(granted)
                    guard age >= 0 else { continue }
                    let week = Int(age / (7 * 86_400)) + 1
                    guard week <= Self.weeks else { continue }
                    byUser[user, default: User(user: user, team: teams.team(of: user))].weekly[week - 1] += 1
                }
            }
        }
        users = byUser.values.sorted { ($0.dailyRate, $1.user) > ($1.dailyRate, $0.user) }
    }

    /// The table "Daily review rates per week".
    public var report: Report {
        var columns = [
            ReportColumn(key: "user", label: "User"),
            ReportColumn(key: "team", label: "Team"),
            ReportColumn(key: "total", label: "Total"),
        ]
        columns += (1...Self.weeks).map { ReportColumn(key: "week\($0)", label: $0 == 1 ? "1 week" : "\($0) weeks") }
        let rows = users.map { user in
            var cells: [String: ReportCell] = [
                "user": ReportCell(.text(user.user)),
                "team": ReportCell(.text(user.team)),
                "total": ReportCell(.double(user.dailyRate)),
            ]
            for week in 1...Self.weeks { cells["week\(week)"] = ReportCell(.double(user.dailyRate(week: week))) }
            return ReportRow(cells: cells)
        }
        return .table(ReportTable(title: "Daily review rates per week", columns: columns, rows: rows))
    }
}
