import Foundation
import GerritModel
import GerritRemote

extension AppState {
    /// The change commands act on: the opened one in the detail panes, else the list selection.
    var actionTarget: Change? {
        if focus == .detail || focus == .comments, let detail {
            return detail.change ?? changes[detail.number]
        }
        return selectedNumber.flatMap { changes[$0] }
    }

    mutating func vote(label: String, value: Int) -> [Effect] {
        guard let request = voteRequest(label: label, value: value) else { return [] }
        return post(request)
    }

    /// The review that votes on the change commands act on; adds an error message when none.
    mutating func voteRequest(label: String, value: Int) -> ReviewRequest? {
        guard let change = actionTarget else {
            addMessage("No change selected", kind: .error)
            return nil
        }
        guard let patchSet = change.latestPatchSet?.number else {
            addMessage("Change \(change.number) has no patch set to vote on", kind: .error)
            return nil
        }
        return ReviewRequest(change: change.number, patchSet: patchSet, votes: [label: value])
    }

    mutating func post(_ request: ReviewRequest) -> [Effect] {
        let id = nextRequestID
        nextRequestID += 1
        pendingReviews.append(PendingReview(id: id, summary: Self.summary(of: request)))
        return [.postReview(id: id, request: request)]
    }

    /// "Code-Review +2 on 87329,3", "abandon of 87329,3", "message on 87329,3".
    static func summary(of request: ReviewRequest) -> String {
        var parts = request.votes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value > 0 ? "+" : "")\($0.value)" }
        switch request.action {
        case .abandon: parts.append("abandon")
        case .restore: parts.append("restore")
        case nil: break
        }
        if parts.isEmpty { parts.append("message") }
        return parts.joined(separator: ", ") + " on \(request.change),\(request.patchSet)"
    }

    /// The URL of the change commands act on; adds an error message when there is none.
    mutating func selectedURL() -> String? {
        guard let change = actionTarget else {
            addMessage("No change selected", kind: .error)
            return nil
        }
        guard let url = change.url, !url.isEmpty else {
            addMessage("The server sent no URL for change \(change.number)", kind: .error)
            return nil
        }
        return url
    }

    /// Runs a `:` command: a tab name, or one of the words in `PaletteCommand`.
    mutating func runPaletteCommand(_ input: String) -> [Effect] {
        let text = input.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        guard let action = PaletteCommand.action(for: text, tabs: tabs.map(\.spec)) else {
            addMessage("Unknown command: \(text) (press ? for help)", kind: .error)
            return []
        }
        return reduce(&self, action)
    }
}
