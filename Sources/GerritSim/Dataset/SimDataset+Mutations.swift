/// A vote as events report it: the new value and, when it changed, the old one.
public struct SimVoteChange: Sendable, Equatable {
    public var label: String
    public var value: Int
    public var oldValue: Int?
}

/// The mutations reviews and live events make. Each keeps `lastUpdated`, reviewers and change
/// messages consistent, so a later query agrees with what the event said.
extension SimDataset {
    /// Label ranges of the simulated server (All-Projects defaults).
    public static let labelRanges: [String: ClosedRange<Int>] = [
        "Code-Review": -2...2, "Verified": -1...1, "Workflow": -1...1,
    ]

    /// Posts a review: votes, a change message and inline comments on one patch set.
    ///
    /// - Returns: every label the voter now holds on the patch set, with `oldValue` where it changed,
    ///   which is what a `comment-added` event lists.
    @discardableResult
    public mutating func postReview(change number: Int, patchSet: Int, by who: Int, votes: [(String, Int)],
                                    message: String, comments: [SimInlineComment] = [], at time: Int) -> [SimVoteChange] {
        var result: [SimVoteChange] = []
        update(number) { c in
            guard c.patchSets.indices.contains(patchSet - 1) else { return }
            var olds: [String: Int] = [:]
            for (label, value) in votes {
                let old = c.patchSets[patchSet - 1].vote(of: who, label: label) ?? 0
                if old != value { olds[label] = old }
                c.patchSets[patchSet - 1].setVote(label: label, value: value, by: who, at: time)
            }
            c.patchSets[patchSet - 1].comments += comments
            let held = c.patchSets[patchSet - 1].approvals.filter { $0.by == who }
            result = held.map { SimVoteChange(label: $0.label, value: $0.value, oldValue: olds[$0.label]) }
            for (label, old) in olds where !held.contains(where: { $0.label == label }) {
                result.append(SimVoteChange(label: label, value: 0, oldValue: old))
            }
            c.messages.append(SimMessage(timestamp: time, author: who, message: SimText.reviewMessage(
                patchSet: patchSet, votes: votes, inlineCount: comments.count, text: message)))
            c.addReviewer(who)
            c.lastUpdated = max(c.lastUpdated, time)
        }
        return result
    }

    /// Uploads a new patch set (same files, new sizes) and returns its number.
    @discardableResult
    public mutating func uploadPatchSet(change number: Int, by who: Int, at time: Int, rng: inout SplitMix64) -> Int {
        var k = 0
        update(number) { c in
            let prev = c.currentPatchSet
            k = prev.number + 1
            let files = prev.files.map { f -> SimFile in
                var f = f
                if f.path != "/COMMIT_MSG" { f.insertions = max(1, f.insertions + rng.int(-3...9)) }
                return f
            }
            c.patchSets.append(SimPatchSet(
                number: k, revision: rng.sha1(), parent: rng.chance(0.5) ? rng.sha1() : prev.parent, uploader: who,
                author: c.owner, createdOn: time, kind: rng.chance(0.25) ? "TRIVIAL_REBASE" : "REWORK",
                approvals: [], comments: [], files: files))
            c.messages.append(SimMessage(timestamp: time, author: who, message: "Uploaded patch set \(k)."))
            c.lastUpdated = max(c.lastUpdated, time)
        }
        return k
    }

    /// Sets the status to abandoned, merged or new (restore) with Gerrit's change message.
    public mutating func setStatus(change number: Int, _ status: SimStatus, by who: Int, reason: String, at time: Int) {
        let whoName = accounts.indices.contains(who) ? accounts[who].name : "Gerrit"
        update(number) { c in
            c.status = status
            let text: String
            switch status {
            case .abandoned: text = reason.isEmpty ? "Abandoned" : "Abandoned\n\n\(reason)"
            case .new: text = reason.isEmpty ? "Restored" : "Restored\n\n\(reason)"
            case .merged: text = "Change has been successfully merged by \(whoName)"
            }
            c.messages.append(SimMessage(timestamp: time, author: who, message: text))
            c.lastUpdated = max(c.lastUpdated, time)
        }
    }

    /// Adds a reviewer; returns false when they already were one.
    @discardableResult
    public mutating func addReviewer(change number: Int, _ who: Int, at time: Int) -> Bool {
        var added = false
        update(number) { c in
            guard who != c.owner, !c.reviewers.contains(who) else { return }
            c.reviewers.append(who)
            c.lastUpdated = max(c.lastUpdated, time)
            added = true
        }
        return added
    }

    /// Generic small edit (topic, hashtags, WIP) that bumps `lastUpdated`.
    public mutating func edit(change number: Int, at time: Int, _ body: (inout SimChange) -> Void) {
        update(number) { c in
            body(&c)
            c.lastUpdated = max(c.lastUpdated, time)
        }
    }
}
