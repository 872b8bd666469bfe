/// Vote helpers on the latest patch set, for reports and the TUI.
extension Change {
    /// Votes on `label` (normalised name, e.g. "Code-Review") on the latest patch set.
    public func votes(for label: String) -> [Approval] {
        latestPatchSet?.approvals(for: label) ?? []
    }

    /// Lowest and highest vote on `label` on the latest patch set; `nil` when nobody voted.
    public func voteRange(for label: String) -> ClosedRange<Int>? {
        latestPatchSet?.voteRange(for: label)
    }

    /// Every label voted on the latest patch set, with its votes, in first-seen order.
    public var votesByLabel: [(label: String, approvals: [Approval])] {
        var order: [String] = []
        var grouped: [String: [Approval]] = [:]
        for approval in latestPatchSet?.approvals ?? [] {
            if grouped[approval.type] == nil { order.append(approval.type) }
            grouped[approval.type, default: []].append(approval)
        }
        return order.map { ($0, grouped[$0] ?? []) }
    }
}
