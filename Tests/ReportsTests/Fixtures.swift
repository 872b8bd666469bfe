import Foundation
import GerritModel

/// Small hand-made changes for the report tests, at a fixed "now".
enum Fixture {
    static let now = Date(timeIntervalSince1970: 1_764_000_000)

    static func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    static func account(_ username: String) -> Account {
        Account(name: username.capitalized, email: "\(username)@example.org", username: username)
    }

    static func vote(_ label: String, _ value: Int, by who: String, daysAgo days: Double = 1) -> Approval {
        Approval(type: label, value: value, grantedOn: daysAgo(days), by: account(who))
    }

    /// A change with one approval list per patch set, oldest first.
    static func change(
        _ number: Int = 1, owner: String = "alice", status: ChangeStatus = .new, patchSets: [[Approval]] = [[]],
        id: String? = nil, project: String = "demo/proj", branch: String = "master", topic: String? = nil,
        subject: String = "Subject", created: Date? = nil, updated: Date? = nil,
        dependsOn: [Dependency] = [], neededBy: [Dependency] = [], files: [String] = ["/COMMIT_MSG"],
        reviewers: [String] = []
    ) -> Change {
        Change(project: project, branch: branch, topic: topic, id: id ?? "I\(number)", number: number,
               subject: subject, owner: account(owner), url: "https://review.example.org/\(number)",
               createdOn: created ?? daysAgo(10), lastUpdated: updated ?? daysAgo(1), status: status,
               patchSets: patchSets.enumerated().map { index, approvals in
                   PatchSet(number: index + 1, approvals: approvals, files: files.map { FileChange(file: $0) })
               },
               dependsOn: dependsOn, neededBy: neededBy, allReviewers: reviewers.map(account))
    }
}
