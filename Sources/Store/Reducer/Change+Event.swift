import Foundation
import GerritModel

extension Change {
    /// This change after `event`, so a list row updates in place without a query.
    ///
    /// Events carry a partial change (no votes, no comments), so only what the event says is
    /// taken: scalar fields that are present, the new patch set, votes cast or removed, the new
    /// status. `at` stands in for the event time when the server did not send one. Applying an
    /// event to a record that already holds it changes nothing.
    func applying(_ event: StreamEvent, at: Date) -> Change {
        var updated = self
        let when = event.createdOn ?? at
        if let incoming = event.change {
            updated.project = incoming.project ?? updated.project
            updated.branch = incoming.branch ?? updated.branch
            updated.subject = incoming.subject ?? updated.subject
            updated.owner = incoming.owner ?? updated.owner
            updated.url = incoming.url ?? updated.url
            updated.status = incoming.status ?? updated.status
            updated.open = incoming.open ?? updated.open
            updated.wip = incoming.wip ?? updated.wip
            updated.private = incoming.private ?? updated.private
            updated.createdOn = updated.createdOn ?? incoming.createdOn
        }
        updated.lastUpdated = max(updated.lastUpdated ?? when, when)
        switch event {
        case .patchSetCreated(let e), .draftPublished(let e):
            if let patchSet = e.patchSet, patchSet.number >= (updated.latestPatchSet?.number ?? 0) {
                if updated.currentPatchSet != nil || updated.patchSets.isEmpty {
                    updated.currentPatchSet = patchSet
                }
                if !updated.patchSets.isEmpty && !updated.patchSets.contains(where: { $0.number == patchSet.number }) {
                    updated.patchSets.append(patchSet)
                }
            }
        case .commentAdded(let e):
            if let author = e.author {
                for approval in e.approvals ?? [] where approval.oldValue != nil || !updated.hasVote(approval.type, by: author) {
                    updated.setVote(approval.type, value: approval.value, by: author, at: when)
                }
                // Applying an event twice (to a record that may already hold it) adds nothing.
                let message = ChangeMessage(timestamp: when, reviewer: author, message: e.comment ?? "")
                if e.comment != nil, !updated.comments.contains(message) {
                    updated.comments.append(message)
                }
            }
        case .reviewerDeleted(let e), .voteDeleted(let e):
            if let reviewer = e.reviewer {
                let labels = (e.approvals ?? []).map(\.type)
                updated.removeVotes(by: reviewer, labels: labels.isEmpty ? nil : Set(labels))
            }
        case .reviewerAdded(let e):
            if let reviewer = e.reviewer, !updated.allReviewers.contains(reviewer) {
                updated.allReviewers.append(reviewer)
            }
        case .changeMerged:
            updated.status = .merged
            updated.open = false
        case .changeAbandoned:
            updated.status = .abandoned
            updated.open = false
        case .changeRestored:
            updated.status = .new
            updated.open = true
        case .topicChanged(let e):
            updated.topic = e.change?.topic
        case .hashtagsChanged(let e):
            if let hashtags = e.hashtags { updated.hashtags = hashtags }
        default:
            break
        }
        return updated
    }

    private func hasVote(_ label: String, by account: Account) -> Bool {
        latestPatchSet?.vote(for: label, by: account) != nil
    }

    /// Sets `account`'s vote on the latest patch set; 0 removes it, as Gerrit shows it.
    mutating func setVote(_ label: String, value: Int, by account: Account, at date: Date) {
        mutateLatestPatchSet { patchSet in
            patchSet.approvals.removeAll { $0.type == label && $0.by?.identity == account.identity }
            if value != 0 {
                patchSet.approvals.append(Approval(type: label, value: value, grantedOn: date, by: account))
            }
        }
    }

    private mutating func removeVotes(by account: Account, labels: Set<String>?) {
        mutateLatestPatchSet { patchSet in
            patchSet.approvals.removeAll { approval in
                approval.by?.identity == account.identity && (labels?.contains(approval.type) ?? true)
            }
        }
    }

    /// Applies `body` to the latest patch set wherever it is stored (current and/or the list).
    private mutating func mutateLatestPatchSet(_ body: (inout PatchSet) -> Void) {
        guard let number = latestPatchSet?.number else { return }
        if var current = currentPatchSet, current.number == number {
            body(&current)
            currentPatchSet = current
        }
        if let index = patchSets.lastIndex(where: { $0.number == number }) {
            body(&patchSets[index])
        }
    }
}
