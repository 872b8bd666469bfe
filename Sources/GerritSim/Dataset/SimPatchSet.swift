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
