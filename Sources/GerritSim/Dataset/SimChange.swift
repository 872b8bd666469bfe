/// Change status as Gerrit reports it.
public enum SimStatus: String, Codable, Sendable {
    case new = "NEW"
    case merged = "MERGED"
    case abandoned = "ABANDONED"

    var isOpen: Bool { self == .new }
}

/// One vote. Accounts are indexes into `SimDataset.accounts`, which keeps the dataset compact.
public struct SimApproval: Codable, Sendable, Equatable {
    public var label: String
    public var value: Int
    public var by: Int
    public var grantedOn: Int
}

/// An inline comment on a file of a patch set.
public struct SimInlineComment: Codable, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var reviewer: Int
    public var message: String
    public var unresolved: Bool
}

/// A file touched by a patch set.
public struct SimFile: Codable, Sendable, Equatable {
    public var path: String
    public var type: String
    public var insertions: Int
    public var deletions: Int
}

/// A change-level message ("Patch Set 3: Code-Review+1 …", "Uploaded patch set 2.").
public struct SimMessage: Codable, Sendable, Equatable {
    public var timestamp: Int
    public var author: Int
    public var message: String
}

/// One patch set of a change.
public struct SimPatchSet: Codable, Sendable, Equatable {
    public var number: Int
    public var revision: String
    public var parent: String
    public var uploader: Int
    public var author: Int
    public var createdOn: Int
    public var kind: String
    public var approvals: [SimApproval]
    public var comments: [SimInlineComment]
    public var files: [SimFile]

    /// The latest vote of `account` on `label`, if any.
    func vote(of account: Int, label: String) -> Int? {
        approvals.last { $0.by == account && $0.label == label }?.value
    }

    /// Sets (or replaces) a vote; a 0 vote removes it, as Gerrit does.
    mutating func setVote(label: String, value: Int, by account: Int, at time: Int) {
        if let i = approvals.firstIndex(where: { $0.by == account && $0.label == label }) { approvals.remove(at: i) }
        if value != 0 {
            approvals.append(SimApproval(label: label, value: value, by: account, grantedOn: time))
        }
    }
}

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
