import Foundation
import GerritModel
import GerritRemote
import Reports

extension AppState {
    /// A review of the change commands act on: votes, a message, abandon/restore/submit.
    ///
    /// Labels the change cannot take are refused here, with the ones it can, and nothing is
    /// sent. Otherwise it asks first when `policy` says so, else posts at once.
    mutating func review(votes: [String: Int] = [:], message: String? = nil, action: ReviewRequest.Action? = nil,
                         policy: CommandSpec.Confirmation) -> [Effect] {
        guard let change = actionTarget else {
            addMessage("No change selected", kind: .error)
            return []
        }
        guard let patchSet = change.latestPatchSet?.number else {
            addMessage("Change \(change.number) has no patch set to review", kind: .error)
            return []
        }
        let labels = votableLabels(of: change)
        var named: [String: Int] = [:]
        for (label, value) in votes {
            guard let name = labels.name(of: label), let range = labels.values(of: label) else {
                addMessage("\(label) is not a label of change \(change.number) (labels: \(labels.description))", kind: .error)
                return []
            }
            guard range.contains(value) else {
                addMessage("\(name) takes \(VotableLabels.signed(range.lowerBound))..\(VotableLabels.signed(range.upperBound)), not \(VotableLabels.signed(value))",
                           kind: .error)
                return []
            }
            named[name] = value
        }
        let request = ReviewRequest(change: change.number, patchSet: patchSet, votes: named, message: message, action: action)
        let ask = policy == .always || (policy == .unlessSmallVotesPostAtOnce && confirmVotes == .all)
        if ask {
            confirmation = Confirmation(request: request, prompt: Self.summary(of: request))
            return []
        }
        return post(request)
    }

    /// The labels `change` may be voted on, judged with the other changes of its project.
    func votableLabels(of change: Change) -> VotableLabels {
        let project = changes.values.filter { $0.project == change.project && $0.number != change.number }
        return VotableLabels(for: change, projectChanges: Array(project.prefix(200)))
    }

    /// Posts `request`, showing its votes at once as pending (rolled back if refused). It is
    /// kept on this machine until the server takes it; while the server cannot be reached it
    /// waits in the queue and goes when the connection is back.
    mutating func post(_ request: ReviewRequest, id existing: Int? = nil) -> [Effect] {
        let id = existing ?? nextRequestID
        if existing == nil { nextRequestID += 1 }
        var previous: [String: Int?] = [:]
        if let change = changes[request.change] ?? detail?.change, change.number == request.change {
            let myself = Account(username: classifierSettings.me)
            for label in request.votes.keys {
                previous[label] = change.latestPatchSet?.vote(for: label, by: myself)
            }
        }
        pendingReviews.append(PendingReview(id: id, request: request, summary: Self.summary(of: request), previousVotes: previous))
        applyMyVotes(request.votes, on: request.change)
        guard isOnline else {
            keepUnsent(request, status: .queued, id: id)
            addMessage("Queued until \(serverName) is back: \(Self.summary(of: request))")
            return saveLocal()
        }
        keepUnsent(request, status: .posting, id: id)
        return [.postReview(id: id, request: request)] + saveLocal()
    }

    /// The server took it: the votes stay (the event that follows confirms them again), and
    /// the draft is gone.
    mutating func reviewFinished(id: Int, at: Date) -> [Effect] {
        now = at
        local.unsent.removeAll { $0.id == id }
        guard let index = pendingReviews.firstIndex(where: { $0.id == id }) else { return saveLocal() }
        let pending = pendingReviews.remove(at: index)
        addMessage("Posted \(pending.summary)")
        return saveLocal()
    }

    /// The server refused it: my votes go back to what they were, the message says why, and
    /// anything typed stays as a draft, offered again when the change is opened.
    mutating func reviewFailed(id: Int, reason: String, at: Date) -> [Effect] {
        now = at
        if let unsent = local.unsent.first(where: { $0.id == id }) {
            if unsent.hasText {
                updateUnsent(id, status: .failed(reason))
            } else {
                local.unsent.removeAll { $0.id == id }
            }
        }
        guard let index = pendingReviews.firstIndex(where: { $0.id == id }) else { return saveLocal() }
        let pending = pendingReviews.remove(at: index)
        let rollback = pending.previousVotes.mapValues { $0 ?? 0 }
        applyMyVotes(rollback, on: pending.request.change)
        var text = "\(Self.describe(pending.request)) refused on \(pending.request.change): \(reason)"
        if local.unsent.contains(where: { $0.id == id }) { text += " (kept as a draft)" }
        addMessage(text, kind: .error)
        return saveLocal()
    }

    /// Sets my votes on the latest patch set of change `number`, in the lists and the detail
    /// (0 removes a vote), and classifies it again.
    mutating func applyMyVotes(_ votes: [String: Int], on number: Int) {
        guard !votes.isEmpty else { return }
        let myself = Account(username: classifierSettings.me)
        func apply(_ change: Change) -> Change {
            var updated = change
            for (label, value) in votes.sorted(by: { $0.key < $1.key }) {
                updated.setVote(label, value: value, by: myself, at: now)
            }
            return updated
        }
        if let change = changes[number] {
            changes[number] = apply(change)
            categories[number] = classify(changes[number] ?? change, at: now)
            normalizeAllSelections(keepScreenRow: true)
        }
        if detail?.number == number, let shown = detail?.change {
            detail?.change = apply(shown)
        }
    }

    /// Whether a change has a review on its way to the server.
    public func hasPendingReview(_ number: Int) -> Bool {
        pendingReviews.contains { $0.request.change == number }
    }

    /// "Code-Review +2, Workflow +1 on 87329,3", "abandon of 87329,3", "message on 87329,3".
    static func summary(of request: ReviewRequest) -> String {
        describe(request) + " on \(request.change),\(request.patchSet)"
    }

    /// "Code-Review +2, Workflow +1", "abandon", "a message".
    static func describe(_ request: ReviewRequest) -> String {
        var parts = request.votes.sorted { $0.key < $1.key }.map { "\($0.key) \(VotableLabels.signed($0.value))" }
        if let message = request.message, !message.isEmpty {
            let firstLine = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? message
            parts.append(parts.isEmpty && request.action == nil ? "\"\(firstLine)\"" : "a message")
        }
        switch request.action {
        case .abandon?: parts.append("abandon")
        case .restore?: parts.append("restore")
        case .submit?: parts.append("submit")
        case nil: break
        }
        return parts.isEmpty ? "an empty review" : parts.joined(separator: ", ")
    }
}
