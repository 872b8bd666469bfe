/// Turns simulated values into Gerrit's wire JSON (3.x shapes, or 2.8 shapes for an old server).
public struct SimJSONRenderer: Sendable {
    let dataset: SimDataset
    let oldServer: Bool

    public init(dataset: SimDataset, oldServer: Bool = false) {
        self.dataset = dataset
        self.oldServer = oldServer
    }

    private func number(_ n: Int) -> JSONValue { oldServer ? .string(String(n)) : .int(n) }

    func account(_ i: Int) -> JSONValue {
        guard dataset.accounts.indices.contains(i) else { return .object([]) }
        let a = dataset.accounts[i]
        return .object([("name", .string(a.name)), ("email", .string(a.email)), ("username", .string(a.username))])
    }

    private static let descriptions = ["Code-Review": "Code-Review", "Verified": "Verified", "Workflow": "Workflow"]

    func approval(_ a: SimApproval) -> JSONValue {
        .object([("type", .string(a.label)), ("description", .string(Self.descriptions[a.label] ?? a.label)),
                 ("value", .string(String(a.value))), ("grantedOn", .int(a.grantedOn)), ("by", account(a.by))])
    }

    /// The change attribute of a query row.
    public func change(_ c: SimChange, options: SimQueryOptions) -> JSONValue {
        var o = baseChange(c, includeCommitMessage: options.commitMessage)
        if oldServer { o.add("sortKey", c.sortKey) }
        o.add("lastUpdated", c.lastUpdated)
        o.add("open", .bool(c.status.isOpen))
        o.add("status", c.status.rawValue)
        if c.wip && !oldServer { o.add("wip", .bool(true)) }
        if options.comments {
            o.add("comments", .array(c.messages.map { m in
                .object([("timestamp", .int(m.timestamp)), ("reviewer", account(m.author)), ("message", .string(m.message))])
            }))
        }
        if options.currentPatchSet {
            o.add("currentPatchSet", patchSet(c, c.currentPatchSet, approvals: true, comments: options.comments, files: options.files))
        }
        if options.patchSets || options.allApprovals {
            o.add("patchSets", .array(c.patchSets.map {
                patchSet(c, $0, approvals: options.allApprovals, comments: options.comments, files: options.files)
            }))
        }
        if options.dependencies {
            let deps = c.dependsOn.compactMap { dataset.change($0) }
            if !deps.isEmpty { o.add("dependsOn", .array(deps.map { dependency($0, revisionOf: nil) })) }
            let needed = dataset.neededBy(c.number).compactMap { dataset.change($0) }
            if !needed.isEmpty { o.add("neededBy", .array(needed.map { dependency($0, revisionOf: nil) })) }
        }
        if options.submitRecords { o.add("submitRecords", .array([submitRecord(c)])) }
        if options.allReviewers {
            o.add("allReviewers", .array(c.reviewers.map { account($0) }))
        }
        return o.value
    }

    /// The reduced change attribute events carry.
    public func eventChange(_ c: SimChange) -> JSONValue {
        var o = baseChange(c, includeCommitMessage: true)
        o.add("status", c.status.rawValue)
        if c.wip && !oldServer { o.add("wip", .bool(true)) }
        return o.value
    }

    private func baseChange(_ c: SimChange, includeCommitMessage: Bool) -> JSONObjectBuilder {
        var o = JSONObjectBuilder()
        o.add("project", c.project)
        o.add("branch", c.branch)
        o.add("topic", c.topic)
        o.add("id", c.changeId)
        o.add("number", number(c.number))
        o.add("subject", c.subject)
        o.add("owner", account(c.owner))
        o.add("url", dataset.url(of: c, oldServer: oldServer))
        if includeCommitMessage { o.add("commitMessage", c.commitMessage) }
        if !c.hashtags.isEmpty && !oldServer { o.add("hashtags", .array(c.hashtags.map { .string($0) })) }
        o.add("createdOn", c.createdOn)
        return o
    }

    /// A patch set attribute.
    public func patchSet(_ c: SimChange, _ ps: SimPatchSet, approvals: Bool, comments: Bool, files: Bool) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("number", number(ps.number))
        o.add("revision", ps.revision)
        o.add("parents", .array([.string(ps.parent)]))
        o.add("ref", c.ref(patchSet: ps.number))
        o.add("uploader", account(ps.uploader))
        o.add("createdOn", ps.createdOn)
        o.add("author", account(ps.author))
        if oldServer { o.add("isDraft", .bool(false)) }
        o.add("kind", ps.kind)
        if approvals && !ps.approvals.isEmpty { o.add("approvals", .array(ps.approvals.map(approval))) }
        if comments && !ps.comments.isEmpty {
            o.add("comments", .array(ps.comments.map { cm in
                var b = JSONObjectBuilder()
                b.add("file", cm.file)
                b.add("line", cm.line)
                b.add("reviewer", account(cm.reviewer))
                b.add("message", cm.message)
                if !oldServer { b.add("unresolved", .bool(cm.unresolved)) }
                return b.value
            }))
        }
        if files {
            o.add("files", .array(ps.files.map { f in
                .object([("file", .string(f.path)), ("type", .string(f.type)),
                         ("insertions", .int(f.insertions)), ("deletions", .int(f.deletions))])
            }))
        }
        let real = ps.files.filter { $0.path != "/COMMIT_MSG" }
        o.add("sizeInsertions", real.reduce(0) { $0 + $1.insertions })
        o.add("sizeDeletions", real.reduce(0) { $0 + $1.deletions })
        return o.value
    }

    private func dependency(_ d: SimChange, revisionOf: Int?) -> JSONValue {
        let ps = d.currentPatchSet
        return .object([("id", .string(d.changeId)), ("number", number(d.number)), ("revision", .string(ps.revision)),
                        ("ref", .string(d.ref(patchSet: ps.number))), ("isCurrentPatchSet", .bool(true))])
    }

    private func submitRecord(_ c: SimChange) -> JSONValue {
        let ps = c.currentPatchSet
        func label(_ name: String, ok: Bool, reject: Bool, by: Int?) -> JSONValue {
            var b = JSONObjectBuilder()
            b.add("label", name)
            b.add("status", reject ? "REJECT" : ok ? "OK" : "NEED")
            if let by { b.add("by", account(by)) }
            return b.value
        }
        let v = ps.approvals.filter { $0.label == "Verified" }
        let cr = ps.approvals.filter { $0.label == "Code-Review" }
        let w = ps.approvals.filter { $0.label == "Workflow" }
        let vReject = v.first { $0.value < 0 }
        let crReject = cr.first { $0.value == -2 }
        let wReject = w.first { $0.value < 0 }
        let vOK = v.first { $0.value > 0 }
        let crOK = cr.first { $0.value == 2 }
        let wOK = w.first { $0.value > 0 }
        let labels = [
            label("Verified", ok: vOK != nil, reject: vReject != nil, by: (vReject ?? vOK)?.by),
            label("Code-Review", ok: crOK != nil, reject: crReject != nil, by: (crReject ?? crOK)?.by),
            label("Workflow", ok: wOK != nil, reject: wReject != nil, by: (wReject ?? wOK)?.by),
        ]
        let ready = vOK != nil && crOK != nil && wOK != nil && vReject == nil && crReject == nil && wReject == nil
        let status = c.status != .new ? "CLOSED" : ready ? "OK" : "NOT_READY"
        return .object([("status", .string(status)), ("labels", .array(labels))])
    }
}
