import GerritModel

/// The votes of one patch set sorted into Code-Review, Verified and Workflow, the way the
/// original's change columns see them: by the first letter of the label (so the old `CRVW` and
/// `VRIF` ids land in the right place); other labels are left out.
public struct VoteBuckets: Sendable, Hashable {
    /// Code-Review votes in server order.
    public var codeReview: [Int] = []
    /// Verified votes in server order.
    public var verified: [Int] = []
    /// Workflow votes in server order.
    public var workflow: [Int] = []

    /// Buckets the approvals of one patch set.
    public init(_ approvals: [Approval]) {
        for approval in approvals {
            switch approval.rawType.first?.lowercased() {
            case "c": codeReview.append(approval.value)
            case "v": verified.append(approval.value)
            case "w": workflow.append(approval.value)
            default: break
            }
        }
    }

    /// The vote that sums up a bucket: the first of -2, +2, -1, +1 present; nil when none (0 never
    /// counts). A -2 outranks a +2, which outranks the ±1s.
    public static func summary(_ votes: [Int]) -> Int? {
        [-2, 2, -1, 1].first(where: votes.contains)
    }

    /// The colour meaning of a summary vote: ±2 strong, ±1 plain.
    public static func tone(forSummary vote: Int) -> CellTone? {
        switch vote {
        case ...(-2): return .strongNegative
        case -1: return .negative
        case 2...: return .strongPositive
        case 1: return .positive
        default: return nil
        }
    }

    /// The colour meaning of the approvals cell, first match wins: approved (Workflow +1), work
    /// in progress (Workflow -1), blocked (Code-Review -2), negative (Code-Review or Verified -1),
    /// Code-Review +2, Code-Review +1.
    public var approvalsTone: CellTone? {
        if workflow.contains(where: { $0 > 0 }) { return .approved }
        if workflow.contains(where: { $0 < 0 }) { return .wip }
        if codeReview.contains(where: { $0 <= -2 }) { return .strongNegative }
        if codeReview.contains(-1) || verified.contains(where: { $0 < 0 }) { return .negative }
        if codeReview.contains(where: { $0 >= 2 }) { return .strongPositive }
        if codeReview.contains(1) { return .positive }
        return nil
    }
}
