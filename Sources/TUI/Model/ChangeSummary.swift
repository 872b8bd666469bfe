import GerritModel
import Reports
import Store

/// Facts about a change the detail pane shows: what it waits on and which labels to list.
public enum ChangeSummary {
    /// Who has to act next, in a few words.
    ///
    /// - Parameters:
    ///   - bots: The one bot rule; bots' negative reviews do not make the owner act.
    ///   - ci: Reports' CI verdict on the current patch set (what the list's CI column shows).
    public static func waitingOn(_ change: Change, bots: BotMatcher, ci: CIStatus) -> String {
        switch change.status {
        case .merged?: return "nobody (merged)"
        case .abandoned?: return "nobody (abandoned)"
        default: break
        }
        if change.wip == true { return "owner (work in progress)" }
        let review = change.votes(for: "Code-Review")
        if review.contains(where: { $0.value <= -2 }) { return "owner (vetoed)" }
        if review.contains(where: { $0.value < 0 && !bots.isBot($0.by) }) { return "owner (negative review)" }
        switch ci {
        case .failed: return "owner (CI failed)"
        case .unknown: return "CI"
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
