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
            switch Self.bucketLetter(of: approval.rawType) {
            case UInt8(ascii: "c"): codeReview.append(approval.value)
            case UInt8(ascii: "v"): verified.append(approval.value)
            case UInt8(ascii: "w"): workflow.append(approval.value)
            default: break
            }
        }
    }

    /// The label's first character lowercased, when it is an ASCII letter standing alone (not
    /// followed by a combining mark); else 0. Read from the bytes: a warm `changes` buckets
    /// 30,000 votes, and a Character lowercased is a String made each time.
    static func bucketLetter(of label: String) -> UInt8 {
        var utf8 = label.utf8.makeIterator()
        guard let first = utf8.next() else { return 0 }
        if let second = utf8.next(), second >= 0x80 {
            // Maybe a combining mark on the first letter: ask the characters.
            guard let character = label.first, character.isASCII else { return 0 }
        }
        guard first < 0x80 else { return 0 }
        return (0x41...0x5A).contains(first) ? first | 0x20 : first
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
