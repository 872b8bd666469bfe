import Foundation

/// Produces plausible live activity, one event at a time, mutating the dataset as it goes.
///
/// Deterministic for a seed. Events are spaced by an exponential-ish gap around `60 / ratePerMinute`
/// seconds. Callers drive time: `nextDue` says when the next event happens, `next(in:)` makes it
/// happen (and moves `dataset.now` to that moment).
public struct SimEventGenerator: Codable, Sendable, Equatable {
    public var rng: SplitMix64
    public var ratePerMinute: Double
    /// Epoch seconds (fractional) of the next event.
    public var nextDueSeconds: Double
    /// Events that belong to the last step (e.g. ref-updated after change-merged), emitted at once.
    private var pending: [PendingEvent] = []
    public var oldServer: Bool

    private struct PendingEvent: Codable, Sendable, Equatable {
        var kind: String
        var change: Int
        var patchSet: Int
        var who: Int
        var oldRev: String
        var newRev: String
    }

    /// Creates a generator whose first event is one gap after `dataset.now`.
    public init(seed: UInt64, ratePerMinute: Double = 6, startingAt now: Int, oldServer: Bool = false) {
        rng = SplitMix64(seed: seed ^ 0x5EED_E7E7)
        self.ratePerMinute = max(ratePerMinute, 0.001)
        self.oldServer = oldServer
        nextDueSeconds = Double(now)
        nextDueSeconds += gap()
    }

    /// When the next event happens.
    public var nextDue: Date { Date(timeIntervalSince1970: nextDueSeconds) }

    /// Drops the events that would have happened before `now`: the next one is one gap after it.
    public mutating func skip(to now: Int) {
        if nextDueSeconds < Double(now) && pending.isEmpty {
            nextDueSeconds = Double(now) + gap()
        }
    }

    private mutating func gap() -> Double {
        let mean = 60.0 / ratePerMinute
        return max(0.001, -log(1 - rng.unit() * 0.999) * mean)
    }

    /// Makes the next event happen: mutates `dataset` and returns the event.
    public mutating func next(in dataset: inout SimDataset) -> SimEvent {
        let time = Int(nextDueSeconds)
        dataset.now = max(dataset.now, time)
        if !pending.isEmpty {
            let p = pending.removeFirst()
            if let e = emitPending(p, dataset: &dataset, at: dataset.now) {
                if pending.isEmpty { nextDueSeconds += gap() }
                return e
            }
        }
        for _ in 0..<20 {
            if let e = step(&dataset, at: dataset.now) {
                if pending.isEmpty { nextDueSeconds += gap() }
                return e
            }
        }
        // Nothing suitable (e.g. no open change): a heartbeat-like ref update keeps the stream alive.
        nextDueSeconds += gap()
        let r = SimEventRenderer(dataset: dataset, oldServer: oldServer)
        return r.refUpdated(project: dataset.projects.first?.name ?? "All-Projects", refName: "refs/meta/config",
                            oldRev: rng.sha1(), newRev: rng.sha1(), by: dataset.botIndexes.first ?? 0, at: dataset.now)
    }

    private mutating func emitPending(_ p: PendingEvent, dataset: inout SimDataset, at now: Int) -> SimEvent? {
        let r = SimEventRenderer(dataset: dataset, oldServer: oldServer)
        guard let c = dataset.change(p.change) else { return nil }
        switch p.kind {
        case "merge":
            dataset.setStatus(change: p.change, .merged, by: p.who, reason: "", at: now)
            pending.append(PendingEvent(kind: "ref-heads", change: p.change, patchSet: p.patchSet, who: p.who,
                                        oldRev: c.currentPatchSet.parent, newRev: c.currentPatchSet.revision))
            let r2 = SimEventRenderer(dataset: dataset, oldServer: oldServer)
            return r2.changeEvent("change-merged", change: p.change, patchSet: p.patchSet,
                                  fields: [("submitter", r2.json.account(p.who)), ("newRev", .string(c.currentPatchSet.revision))], at: now)
        case "ref-heads":
            return r.refUpdated(project: c.project, refName: "refs/heads/\(c.branch)", oldRev: p.oldRev, newRev: p.newRev, by: p.who, at: now)
        default:
            return r.refUpdated(project: c.project, refName: c.ref(patchSet: p.patchSet), oldRev: p.oldRev, newRev: p.newRev, by: p.who, at: now)
        }
    }

    private mutating func step(_ d: inout SimDataset, at now: Int) -> SimEvent? {
        // Indices, not copies: copying every open change for each event cost a burst on a big
        // dataset minutes (make load: 10,000 events on 27,400 changes).
        let open = d.changes.indices.filter { d.changes[$0].status == .new }
        // Recent changes are the busy ones.
        guard !open.isEmpty else { return newChange(&d, at: now) }
        let c = d.changes[open[open.count - 1 - min(open.count - 1, Int(Double(open.count) * pow(rng.unit(), 2.5)))]]
        let humans = d.accounts.indices.filter { !d.accounts[$0].isBot && d.accounts[$0].username != "demo" && $0 != c.owner }
        let bots = d.botIndexes
        guard !humans.isEmpty, !bots.isEmpty else { return nil }
        let ps = c.currentPatchSet.number
        let x = rng.unit()
        switch x {
        case ..<0.30:
            guard !c.wip else { return nil }
            let bot = rng.chance(0.6) ? bots[0] : rng.pick(bots)
            let ok = rng.chance(0.75)
            let text = SimText.ciReport(bot: d.accounts[bot].name, pipeline: "check", success: ok, rng: &rng)
            let votes = d.postReview(change: c.number, patchSet: ps, by: bot, votes: [("Verified", ok ? 1 : -1)], message: text, at: now)
            let comment = SimText.reviewMessage(patchSet: ps, votes: [("Verified", ok ? 1 : -1)], inlineCount: 0, text: text)
            return SimEventRenderer(dataset: d, oldServer: oldServer).commentAdded(change: c.number, patchSet: ps, author: bot, votes: votes, comment: comment, at: now)
        case ..<0.55:
            let who = rng.pick(humans)
            let y = rng.unit()
            let value = y < 0.45 ? 1 : y < 0.7 ? -1 : y < 0.85 ? 2 : y < 0.95 ? 0 : -2
            let text = value > 0 ? rng.pick(SimCatalog.praise) : rng.pick(SimCatalog.concerns)
            var comments: [SimInlineComment] = []
            if value <= 0 {
                let files = c.currentPatchSet.files
                for _ in 0..<(1 + rng.below(2)) {
                    let f = rng.pick(files)
                    comments.append(SimInlineComment(file: f.path, line: 1 + rng.below(max(1, f.insertions)), reviewer: who,
                                                     message: rng.pick(SimCatalog.inline), unresolved: value < 0))
                }
            }
            let voteList: [(String, Int)] = value == 0 ? [] : [("Code-Review", value)]
            let votes = d.postReview(change: c.number, patchSet: ps, by: who, votes: voteList, message: text, comments: comments, at: now)
            let comment = SimText.reviewMessage(patchSet: ps, votes: voteList, inlineCount: comments.count, text: text)
            return SimEventRenderer(dataset: d, oldServer: oldServer).commentAdded(change: c.number, patchSet: ps, author: who, votes: votes, comment: comment, at: now)
        case ..<0.68:
            let old = c.currentPatchSet.revision
            let k = d.uploadPatchSet(change: c.number, by: c.owner, at: now, rng: &rng)
            guard let nc = d.change(c.number) else { return nil }
            pending.append(PendingEvent(kind: "ref-change", change: c.number, patchSet: k, who: c.owner, oldRev: old, newRev: nc.currentPatchSet.revision))
            let r = SimEventRenderer(dataset: d, oldServer: oldServer)
            return r.changeEvent("patchset-created", change: c.number, patchSet: k, fields: [("uploader", r.json.account(c.owner))], at: now)
        case ..<0.73:
            return newChange(&d, at: now)
        case ..<0.80:
            // Sometimes the demo user is asked to review: todo-mine grows while you watch.
            let who = rng.chance(0.3) ? d.demoIndex : rng.pick(humans)
            guard d.addReviewer(change: c.number, who, at: now) else { return nil }
            let adder = rng.chance(0.5) ? c.owner : rng.pick(humans)
            let r = SimEventRenderer(dataset: d, oldServer: oldServer)
            var fields: [(String, JSONValue)] = [("reviewer", r.json.account(who))]
            if !oldServer { fields.append(("adder", r.json.account(adder))) }
            return r.changeEvent("reviewer-added", change: c.number, patchSet: ps, fields: fields, at: now)
        case ..<0.85:
            guard !c.wip else { return nil }
            let core = d.projects.first { $0.name == c.project }?.cores.first { $0 != c.owner } ?? rng.pick(humans)
            _ = d.postReview(change: c.number, patchSet: ps, by: bots[0], votes: [("Verified", 1)], message: "", at: now)
            let votes = d.postReview(change: c.number, patchSet: ps, by: core, votes: [("Code-Review", 2), ("Workflow", 1)], message: "", at: now)
            pending.append(PendingEvent(kind: "merge", change: c.number, patchSet: ps, who: bots[0], oldRev: "", newRev: ""))
            let comment = SimText.reviewMessage(patchSet: ps, votes: [("Code-Review", 2), ("Workflow", 1)], inlineCount: 0, text: "")
            return SimEventRenderer(dataset: d, oldServer: oldServer).commentAdded(change: c.number, patchSet: ps, author: core, votes: votes, comment: comment, at: now)
        case ..<0.88:
            let reason = "Superseded by a different approach."
            d.setStatus(change: c.number, .abandoned, by: c.owner, reason: reason, at: now)
            let r = SimEventRenderer(dataset: d, oldServer: oldServer)
            return r.changeEvent("change-abandoned", change: c.number, patchSet: ps,
                                 fields: [("abandoner", r.json.account(c.owner)), ("reason", .string(reason))], at: now)
        case ..<0.90:
            guard let a = d.changes.last(where: { $0.status == .abandoned }) else { return nil }
            d.setStatus(change: a.number, .new, by: a.owner, reason: "", at: now)
            let r = SimEventRenderer(dataset: d, oldServer: oldServer)
            return r.changeEvent("change-restored", change: a.number, patchSet: a.currentPatchSet.number,
                                 fields: [("restorer", r.json.account(a.owner)), ("reason", .string(""))], at: now)
        case ..<0.94:
            let newTopic: String? = rng.chance(0.2) ? nil : rng.pick(SimCatalog.topics)
            guard newTopic != c.topic else { return nil }
            d.edit(change: c.number, at: now) { $0.topic = newTopic }
            let r = SimEventRenderer(dataset: d, oldServer: oldServer)
            var fields: [(String, JSONValue)] = [("changer", r.json.account(c.owner))]
            if let old = c.topic { fields.append(("oldTopic", .string(old))) }
            return r.changeEvent("topic-changed", change: c.number, fields: fields, at: now)
        case ..<0.97:
            guard !oldServer else { return nil }
            let tag = rng.pick(SimCatalog.hashtags)
            let removing = c.hashtags.contains(tag)
            d.edit(change: c.number, at: now) { ch in
                if removing { ch.hashtags.removeAll { $0 == tag } } else { ch.hashtags.append(tag) }
            }
            guard let nc = d.change(c.number) else { return nil }
            let r = SimEventRenderer(dataset: d, oldServer: oldServer)
            var fields: [(String, JSONValue)] = [("editor", r.json.account(c.owner))]
            fields.append((removing ? "removed" : "added", .array([.string(tag)])))
            fields.append(("hashtags", .array(nc.hashtags.map { .string($0) })))
            return r.changeEvent("hashtags-changed", change: c.number, fields: fields, at: now)
        default:
            guard !oldServer else { return nil }
            d.edit(change: c.number, at: now) { $0.wip.toggle() }
            let r = SimEventRenderer(dataset: d, oldServer: oldServer)
            return r.changeEvent("wip-state-changed", change: c.number, patchSet: ps,
                                 fields: [("changer", r.json.account(c.owner))], at: now)
        }
    }

    private mutating func newChange(_ d: inout SimDataset, at now: Int) -> SimEvent? {
        guard let project = d.projects.isEmpty ? nil : rng.pick(d.projects) else { return nil }
        let humans = d.accounts.indices.filter { !d.accounts[$0].isBot }
        guard !humans.isEmpty else { return nil }
        let owner = rng.pick(humans)
        let number = d.nextChangeNumber
        var files = [SimFile(path: "/COMMIT_MSG", type: "ADDED", insertions: 8, deletions: 0)]
        if !project.paths.isEmpty {
            files.append(SimFile(path: rng.pick(project.paths), type: "MODIFIED", insertions: 1 + rng.below(80), deletions: -rng.below(30)))
        }
        let parent = rng.sha1()
        let ps = SimPatchSet(number: 1, revision: rng.sha1(), parent: parent, uploader: owner, author: owner, createdOn: now,
                             kind: "REWORK", approvals: [], comments: [], files: files)
        d.append(SimChange(
            number: number, changeId: "I" + rng.sha1(), project: project.name, branch: "master", topic: nil, hashtags: [],
            subject: "\(rng.pick(SimCatalog.areas)): \(rng.pick(SimCatalog.verbs)) \(rng.pick(SimCatalog.objects))",
            body: "Live change created by the simulator.", owner: owner, createdOn: now, lastUpdated: now, status: .new,
            wip: false, patchSets: [ps], messages: [SimMessage(timestamp: now, author: owner, message: "Uploaded patch set 1.")],
            reviewers: [], dependsOn: []))
        guard let c = d.change(number) else { return nil }
        pending.append(PendingEvent(kind: "ref-change", change: number, patchSet: 1, who: owner,
                                    oldRev: String(repeating: "0", count: 40), newRev: c.currentPatchSet.revision))
        let r = SimEventRenderer(dataset: d, oldServer: oldServer)
        return r.changeEvent("patchset-created", change: number, patchSet: 1, fields: [("uploader", r.json.account(owner))], at: now)
    }
}
