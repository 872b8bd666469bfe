/// A change in the simulated server.
public struct SimChange: Codable, Sendable, Equatable {
    public var number: Int
    public var changeId: String
    public var project: String
    public var branch: String
    public var topic: String?
    public var hashtags: [String]
    public var subject: String
    public var body: String
    public var owner: Int
    public var createdOn: Int
    public var lastUpdated: Int
    public var status: SimStatus
    public var wip: Bool
    public var patchSets: [SimPatchSet]
    public var messages: [SimMessage]
    /// Accounts added as reviewers (voters are added automatically).
    public var reviewers: [Int]
    /// Change numbers this change depends on (its parent change).
    public var dependsOn: [Int]

    /// The latest patch set; every change has at least one.
    public var currentPatchSet: SimPatchSet { patchSets[patchSets.count - 1] }

    /// The full commit message, ending with the Change-Id footer like a real commit.
    public var commitMessage: String {
        "\(subject)\n\n\(body)\n\nChange-Id: \(changeId)\n"
    }

    /// Old-Gerrit paging key: last-updated seconds and number in 16 hex digits, sorting like the list.
    public var sortKey: String {
        let v = (UInt64(max(lastUpdated, 0)) << 32) | UInt64(UInt32(truncatingIfNeeded: number))
        let hex = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    mutating func addReviewer(_ account: Int) {
        if account != owner && !reviewers.contains(account) { reviewers.append(account) }
    }

    mutating func touch(_ time: Int) {
        lastUpdated = max(lastUpdated, time)
    }

    func ref(patchSet: Int) -> String {
        let last2 = number % 100
        return "refs/changes/\(last2 < 10 ? "0" : "")\(last2)/\(number)/\(patchSet)"
    }
}
