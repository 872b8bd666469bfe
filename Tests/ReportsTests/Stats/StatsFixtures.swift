import Foundation
import GerritModel

/// Changes with votes at known ages before `now`.
enum StatsFixtures {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)
    static func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    static func account(_ user: String) -> Account { Account(name: user.capitalized, username: user) }

    static func vote(_ label: String, _ value: Int, by user: String, daysAgo days: Double) -> Approval {
        Approval(type: label, value: value, grantedOn: daysAgo(days), by: account(user))
    }

    static func change(_ number: Int, status: ChangeStatus = .new, patchSets: [PatchSet]) -> Change {
        Change(project: "demo/proj", branch: "master", id: "I\(number)", number: number, subject: "Change \(number)",
               owner: account("owner"), url: "https://review.example.org/\(number)",
               createdOn: patchSets.first?.createdOn, lastUpdated: patchSets.last?.createdOn,
               status: status, patchSets: patchSets)
    }

    static func patchSet(_ number: Int, uploadedDaysAgo days: Double, _ approvals: [Approval] = []) -> PatchSet {
        PatchSet(number: number, createdOn: daysAgo(days), approvals: approvals)
    }
}
