import Foundation

/// Builds stream-event JSON in Gerrit 3.x shape (or 2.8 shape for an old server).
struct SimEventRenderer {
    let dataset: SimDataset
    let oldServer: Bool
    var json: SimJSONRenderer { SimJSONRenderer(dataset: dataset, oldServer: oldServer) }

    /// Wraps type-specific fields with `change`, `patchSet` and the 3.x common trailer.
    func changeEvent(_ type: String, change number: Int, patchSet: Int? = nil, fields: [(String, JSONValue)],
                     at time: Int) -> SimEvent? {
        guard let c = dataset.change(number) else { return nil }
        var pairs = fields
        if let patchSet, c.patchSets.indices.contains(patchSet - 1) {
            pairs.append(("patchSet", json.patchSet(c, c.patchSets[patchSet - 1], approvals: false, comments: false, files: false)))
        }
        pairs.append(("change", json.eventChange(c)))
        if !oldServer {
            pairs += [("project", .string(c.project)), ("refName", .string("refs/heads/\(c.branch)")),
                      ("changeKey", .object([("id", .string(c.changeId))]))]
        }
        return finish(type, pairs, change: number, at: time)
    }

    func refUpdated(project: String, refName: String, oldRev: String, newRev: String, by who: Int, at time: Int) -> SimEvent {
        let pairs: [(String, JSONValue)] = [
            ("submitter", json.account(who)),
            ("refUpdate", .object([("oldRev", .string(oldRev)), ("newRev", .string(newRev)),
                                   ("refName", .string(refName)), ("project", .string(project))])),
        ]
        return finish("ref-updated", pairs, change: nil, at: time)
    }

    private func finish(_ type: String, _ fields: [(String, JSONValue)], change: Int?, at time: Int) -> SimEvent {
        var pairs = fields
        pairs.append(("type", .string(type)))
        if !oldServer { pairs.append(("eventCreatedOn", .int(time))) }
        return SimEvent(type: type, due: Date(timeIntervalSince1970: TimeInterval(time)), changeNumber: change,
                        line: JSONValue.object(pairs).serialized())
    }

    func approvals(_ votes: [SimVoteChange]) -> JSONValue {
        .array(votes.map { v in
            var b = JSONObjectBuilder()
            b.add("type", v.label)
            b.add("description", v.label)
            b.add("value", String(v.value))
            if let old = v.oldValue { b.add("oldValue", String(old)) }
            return b.value
        })
    }

    func commentAdded(change: Int, patchSet: Int, author: Int, votes: [SimVoteChange], comment: String, at time: Int) -> SimEvent? {
        var fields: [(String, JSONValue)] = [("author", json.account(author))]
        if !votes.isEmpty { fields.append(("approvals", approvals(votes))) }
        fields.append(("comment", .string(comment)))
        return changeEvent("comment-added", change: change, patchSet: patchSet, fields: fields, at: time)
    }
}
