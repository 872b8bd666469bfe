import GerritModel
import Store

/// Facts about a change the detail pane shows: CI result and what it waits on.
public enum ChangeSummary {
    /// The CI result of the current patch set, from bots' Verified votes.
    public static func ci(_ change: Change, isBot: (Account?) -> Bool) -> CIStatus {
        let values = change.votes(for: "Verified").filter { isBot($0.by) }.map(\.value).filter { $0 != 0 }
        if values.contains(where: { $0 < 0 }) { return .failed }
        return values.isEmpty ? .none : .passed
    }

    /// Who has to act next, in a few words.
    public static func waitingOn(_ change: Change, isBot: (Account?) -> Bool) -> String {
        switch change.status {
        case .merged?: return "nobody (merged)"
        case .abandoned?: return "nobody (abandoned)"
        default: break
        }
        if change.wip == true { return "owner (work in progress)" }
        let review = change.votes(for: "Code-Review")
        if review.contains(where: { $0.value <= -2 }) { return "owner (vetoed)" }
        if review.contains(where: { $0.value < 0 && !isBot($0.by) }) { return "owner (negative review)" }
        switch ci(change, isBot: isBot) {
        case .failed: return "owner (CI failed)"
        case .none: return "CI"
        case .passed: break
        }
        if review.contains(where: { $0.value >= 2 }) {
            return change.votes(for: "Workflow").contains { $0.value > 0 } ? "merge" : "approval (Workflow +1)"
        }
        return "reviewers"
    }

    /// The labels to show for a change: the usual three first, then any others voted on.
    public static func labels(_ change: Change) -> [String] {
        var result = ["Code-Review", "Verified", "Workflow"]
        for (label, _) in change.votesByLabel where !result.contains(label) {
            result.append(label)
        }
        return result
    }
}

extension CIStatus {
    /// ✓ passed, ✗ failed, – no result.
    public var symbol: String {
        switch self {
        case .passed: return "✓"
        case .failed: return "✗"
        case .none: return "–"
        }
    }
}
