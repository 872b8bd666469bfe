import Foundation

/// `gerrit review`: votes, messages, inline comments (`--json`), abandon, restore, submit.
struct SimReviewCommand {
    let config: SimServerConfig

    private struct Request {
        var message: String?
        var votes: [(String, Int)] = []
        var comments: [SimInlineComment] = []
        var abandon = false
        var restore = false
        var submit = false
        var json = false
        var tag = false
        var targets: [String] = []
    }

    /// Applies the review to `dataset` and returns the command result plus the events it caused.
    func run(_ args: [String], user: String, stdin: Data, dataset: inout SimDataset) -> (SimCommandResult, [SimEvent]) {
        guard let who = dataset.accountIndex(user) else {
            return (.fatal("user \(user) is not known to this server"), [])
        }
        var req = Request()
        var i = 0
        func operand(_ name: String) -> String? {
            guard i < args.count else { return nil }
            defer { i += 1 }
            return args[i]
        }
        while i < args.count {
            var a = args[i]
            i += 1
            var inline: String?
            if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
                inline = String(a[a.index(after: eq)...])
                a = String(a[..<eq])
            }
            func value() -> String? { inline ?? operand(a) }
            switch a {
            case "-m", "--message":
                guard let v = value() else { return (.fatal("Option \"\(a)\" takes an operand"), []) }
                req.message = v
            case "-l", "--label":
                guard let v = value(), let eq = v.firstIndex(of: "=") else {
                    return (.fatal("Option \"\(a)\" takes an operand"), [])
                }
                let name = String(v[..<eq])
                let raw = String(v[v.index(after: eq)...])
                guard let n = Int(raw.hasPrefix("+") ? String(raw.dropFirst()) : raw) else {
                    return (.fatal("\"\(raw)\" is not a valid value for \"--label\""), [])
                }
                req.votes.append((name, n))
            case "--code-review", "--verified", "--workflow":
                let label = a == "--code-review" ? "Code-Review" : a == "--verified" ? "Verified" : "Workflow"
                guard let raw = value() else { return (.fatal("Option \"\(a)\" takes an operand"), []) }
                let range = SimDataset.labelRanges[label] ?? 0...0
                guard let n = Int(raw.hasPrefix("+") ? String(raw.dropFirst()) : raw), range.contains(n) else {
                    return (.fatal("\"\(raw)\" must be in range \(range.lowerBound)..+\(range.upperBound) for \"\(a)\""), [])
                }
                req.votes.append((label, n))
            case "--abandon": req.abandon = true
            case "--restore": req.restore = true
            case "-s", "--submit": req.submit = true
            case "-j", "--json": req.json = true
            case "--tag", "-t": _ = value(); req.tag = true
            case "-p", "--project", "-b", "--branch", "-n", "--notify": _ = value()
            default:
                if a.hasPrefix("-") { return (.fatal("\"\(a)\" is not a valid option"), []) }
                req.targets.append(a)
            }
        }
        if req.abandon && req.restore { return (.fatal("abandon and restore actions are mutually exclusive"), []) }
        if req.abandon && req.submit { return (.fatal("abandon and submit actions are mutually exclusive"), []) }
        if req.json {
            if req.message != nil { return (.fatal("json and message are mutually exclusive"), []) }
            if req.tag { return (.fatal("json and tag actions are mutually exclusive"), []) }
            if req.submit || req.abandon || req.restore {
                return (.fatal("json and submit/abandon/restore/rebase/move actions are mutually exclusive"), [])
            }
            switch parseJSON(stdin, who: who) {
            case .failure(let message):
                return (SimCommandResult(stderr: "error: \(message)\nfatal: internal error while reading review input\n", exitStatus: 1), [])
            case .success(let parsed):
                req.message = parsed.message
                req.votes = parsed.votes
                req.comments = parsed.comments
            }
        }
        if req.targets.isEmpty { return (.fatal("Argument \"{COMMIT | CHANGE,PATCHSET}\" is required"), []) }
        var targets: [(Int, Int)] = []
        for t in req.targets {
            let parts = t.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2, let c = Int(parts[0]), let p = Int(parts[1]), c > 0, p > 0,
                  !parts[0].hasPrefix("0"), !parts[1].hasPrefix("0") else {
                if t.count >= 4, t.allSatisfy(\.isHexDigit) {
                    guard let c = dataset.changes.first(where: { ch in ch.patchSets.contains { $0.revision.hasPrefix(t.lowercased()) } }),
                          let ps = c.patchSets.first(where: { $0.revision.hasPrefix(t.lowercased()) }) else {
                        return (.fatal("\"\(t)\" no such patch set"), [])
                    }
                    targets.append((c.number, ps.number))
                    continue
                }
                return (.fatal("\"\(t)\" is not a valid patch set"), [])
            }
            guard let change = dataset.change(c), change.patchSets.indices.contains(p - 1) else {
                return (.fatal("\"\(t)\" no such patch set"), [])
            }
            targets.append((c, p))
        }
        var errors: [String] = []
        var events: [SimEvent] = []
        for (number, ps) in targets {
            switch apply(req, change: number, patchSet: ps, who: who, dataset: &dataset) {
            case .failure(let message): errors.append("error: \(message)")
            case .success(let evs): events += evs
            }
        }
        if !errors.isEmpty {
            let text = errors.joined(separator: "\n") + "\nfatal: one or more reviews failed; review output above\n"
            return (SimCommandResult(stderr: text, exitStatus: 1), events)
        }
        return (SimCommandResult(), events)
    }

    private enum Outcome<T> { case success(T), failure(String) }

    private func apply(_ req: Request, change number: Int, patchSet ps: Int, who: Int,
                       dataset: inout SimDataset) -> Outcome<[SimEvent]> {
        guard let c = dataset.change(number) else { return .failure("no such change \(number)") }
        for (label, value) in req.votes {
            guard let range = SimDataset.labelRanges.first(where: { $0.key.lowercased() == label.lowercased() })?.value else {
                return .failure("label \"\(label)\" is not a configured label on change \(number)")
            }
            guard range.contains(value) else {
                return .failure("Label \(label): \(value) is not a valid value (change \(number))")
            }
            if config.restrictedVotes[label.lowercased()]?.contains(value) == true {
                let name = SimDataset.labelRanges.keys.first { $0.lowercased() == label.lowercased() } ?? label
                return .failure("Applying label \"\(name)\": \(value) is restricted")
            }
        }
        let votes = req.votes.map { v in (SimDataset.labelRanges.keys.first { $0.lowercased() == v.0.lowercased() } ?? v.0, v.1) }
        let now = dataset.now
        if !votes.isEmpty && c.status != .new && !req.restore {
            return .failure("change \(number) is closed")
        }
        if !votes.isEmpty && ps != c.currentPatchSet.number {
            return .failure("change \(number): cannot vote on patch set \(ps), it is not the current patch set")
        }
        var events: [SimEvent] = []
        if req.restore {
            guard c.status == .abandoned else { return .failure("change \(number) is \(c.status == .new ? "new" : "merged")") }
            dataset.setStatus(change: number, .new, by: who, reason: req.message ?? "", at: now)
            let r = SimEventRenderer(dataset: dataset, oldServer: config.oldServer)
            if let e = r.changeEvent("change-restored", change: number, patchSet: ps,
                                     fields: [("restorer", r.json.account(who)), ("reason", .string(req.message ?? ""))], at: now) {
                events.append(e)
            }
        }
        if !votes.isEmpty || !req.comments.isEmpty || (req.message != nil && !req.abandon && !req.restore) {
            let held = dataset.postReview(change: number, patchSet: ps, by: who, votes: votes, message: req.message ?? "",
                                          comments: req.comments, at: now)
            let comment = SimText.reviewMessage(patchSet: ps, votes: votes, inlineCount: req.comments.count, text: req.message ?? "")
            if let e = SimEventRenderer(dataset: dataset, oldServer: config.oldServer)
                .commentAdded(change: number, patchSet: ps, author: who, votes: held, comment: comment, at: now) {
                events.append(e)
            }
        }
        if req.abandon {
            guard c.status == .new else { return .failure("change \(number) is \(c.status == .merged ? "merged" : "abandoned")") }
            dataset.setStatus(change: number, .abandoned, by: who, reason: req.message ?? "", at: now)
            let r = SimEventRenderer(dataset: dataset, oldServer: config.oldServer)
            if let e = r.changeEvent("change-abandoned", change: number, patchSet: ps,
                                     fields: [("abandoner", r.json.account(who)), ("reason", .string(req.message ?? ""))], at: now) {
                events.append(e)
            }
        }
        if req.submit {
            guard let cur = dataset.change(number), cur.status == .new else { return .failure("change \(number) is closed") }
            let a = cur.currentPatchSet.approvals
            var needs: [String] = []
            if !a.contains(where: { $0.label == "Verified" && $0.value > 0 }) || a.contains(where: { $0.label == "Verified" && $0.value < 0 }) { needs.append("Verified") }
            if !a.contains(where: { $0.label == "Code-Review" && $0.value == 2 }) || a.contains(where: { $0.label == "Code-Review" && $0.value == -2 }) { needs.append("Code-Review") }
            if !a.contains(where: { $0.label == "Workflow" && $0.value > 0 }) || a.contains(where: { $0.label == "Workflow" && $0.value < 0 }) { needs.append("Workflow") }
            guard needs.isEmpty else {
                return .failure("Change \(number): submit requirement not fulfilled: " + needs.map { "needs \($0)" }.joined(separator: "; "))
            }
            dataset.setStatus(change: number, .merged, by: who, reason: "", at: now)
            let r = SimEventRenderer(dataset: dataset, oldServer: config.oldServer)
            if let e = r.changeEvent("change-merged", change: number, patchSet: cur.currentPatchSet.number,
                                     fields: [("submitter", r.json.account(who)), ("newRev", .string(cur.currentPatchSet.revision))], at: now) {
                events.append(e)
            }
            events.append(r.refUpdated(project: cur.project, refName: "refs/heads/\(cur.branch)", oldRev: cur.currentPatchSet.parent,
                                       newRev: cur.currentPatchSet.revision, by: who, at: now))
        }
        return .success(events)
    }

    private struct ParsedInput { var message: String?; var votes: [(String, Int)]; var comments: [SimInlineComment] }

    /// Reads a REST `ReviewInput` from stdin.
    private func parseJSON(_ data: Data, who: Int) -> Outcome<ParsedInput> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            return .failure("java.io.EOFException: End of input at line 1 column 1 (could not parse review input as JSON)")
        }
        guard let dict = object as? [String: Any] else {
            return .failure("Expected BEGIN_OBJECT at line 1 column 1")
        }
        var result = ParsedInput(message: dict["message"] as? String, votes: [], comments: [])
        if let labels = dict["labels"] as? [String: Any] {
            for key in labels.keys.sorted() {
                if let n = labels[key] as? Int {
                    result.votes.append((key, n))
                } else if let s = labels[key] as? String, let n = Int(s.hasPrefix("+") ? String(s.dropFirst()) : s) {
                    result.votes.append((key, n))
                } else {
                    return .failure("Expected an int for label \(key)")
                }
            }
        }
        if let comments = dict["comments"] as? [String: Any] {
            for file in comments.keys.sorted() {
                guard let list = comments[file] as? [[String: Any]] else { return .failure("Expected BEGIN_ARRAY for comments of \(file)") }
                for item in list {
                    var line = item["line"] as? Int
                    if line == nil, let range = item["range"] as? [String: Any] { line = range["end_line"] as? Int }
                    result.comments.append(SimInlineComment(
                        file: file, line: line, reviewer: who, message: item["message"] as? String ?? "",
                        unresolved: item["unresolved"] as? Bool ?? false))
                }
            }
        }
        return .success(result)
    }
}
