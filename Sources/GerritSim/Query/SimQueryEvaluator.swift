import Foundation

/// Decides which changes a `SimQuery` matches, for one logged-in user at one moment.
public struct SimQueryEvaluator: Sendable {
    let dataset: SimDataset
    let user: Int?
    let now: Int
    /// Operators the server knows; anything else is an error row, as in Gerrit.
    static let operators: Set<String> = [
        "status", "is", "project", "projects", "branch", "topic", "hashtag", "owner", "reviewer", "label",
        "age", "limit", "message", "file", "change", "resume_sortkey", "since", "after", "before", "until", "",
        "attention",
    ]

    public init(dataset: SimDataset, user: String) {
        self.dataset = dataset
        self.user = dataset.accountIndex(user)
        now = dataset.now
    }

    /// Checks every term once so errors surface before any row is written.
    public func validate(_ query: SimQuery, oldServer: Bool) throws {
        switch query {
        case .all: return
        case .and(let qs), .or(let qs): try qs.forEach { try validate($0, oldServer: oldServer) }
        case .not(let q): try validate(q, oldServer: oldServer)
        case .term(let op, let value):
            // The attention set came with Gerrit 3.3; resume_sortkey went with 2.10.
            guard Self.operators.contains(op), !(op == "resume_sortkey" && !oldServer), !(op == "attention" && oldServer) else {
                throw SimQueryError(message: "Unsupported operator \(op):\(value)")
            }
            switch op {
            case "status":
                guard ["open", "new", "merged", "abandoned", "closed", "pending", "reviewed"].contains(value.lowercased()) else {
                    throw SimQueryError(message: "Unrecognized value: \(value)")
                }
            case "is":
                guard ["open", "new", "closed", "merged", "abandoned", "reviewed", "owner", "reviewer", "wip",
                       "pending", "starred", "watched", "private"].contains(value.lowercased()) else {
                    throw SimQueryError(message: "Unrecognized value: \(value)")
                }
            case "age":
                guard Self.seconds(value) != nil else { throw SimQueryError(message: "Unsupported age value: \(value)") }
            case "limit":
                guard let n = Int(value), n >= 0 else { throw SimQueryError(message: "Invalid limit: \(value)") }
            case "label":
                guard let l = Self.parseLabel(value), ["code-review", "verified", "workflow"].contains(l.name.lowercased()) else {
                    throw SimQueryError(message: "Invalid label: \(value)")
                }
            case "since", "after", "before", "until":
                guard Self.date(value) != nil else { throw SimQueryError(message: "Invalid date: \(value)") }
            case "file" where value.hasPrefix("^"):
                guard (try? NSRegularExpression(pattern: value)) != nil else {
                    throw SimQueryError(message: "Invalid regular expression: \(value)")
                }
            default: return
            }
        }
    }

    /// True when `change` matches `query`.
    public func matches(_ change: SimChange, _ query: SimQuery) -> Bool {
        switch query {
        case .all: return true
        case .and(let qs): return qs.allSatisfy { matches(change, $0) }
        case .or(let qs): return qs.contains { matches(change, $0) }
        case .not(let q): return !matches(change, q)
        case .term(let op, let value): return term(change, op, value)
        }
    }

    private func account(_ who: String) -> Int? {
        let w = who.lowercased()
        if w == "self" || w == "me" && dataset.accountIndex("me") == nil { return user }
        return dataset.accountIndex(who)
    }

    private func term(_ c: SimChange, _ op: String, _ value: String) -> Bool {
        let v = value.lowercased()
        switch op {
        case "status", "is":
            switch v {
            case "open", "new", "pending": return c.status == .new
            case "closed": return c.status != .new
            case "merged": return c.status == .merged
            case "abandoned": return c.status == .abandoned
            case "wip": return c.wip
            case "owner": return c.owner == user
            case "reviewer": return user.map { c.reviewers.contains($0) } ?? false
            case "reviewed":
                return c.currentPatchSet.approvals.contains { $0.by != c.owner }
                    || c.messages.contains { $0.author != c.owner && $0.timestamp >= c.currentPatchSet.createdOn }
            default: return false
            }
        case "project": return c.project == value
        case "projects": return c.project.hasPrefix(value)
        case "branch":
            return c.branch == (value.hasPrefix("refs/heads/") ? String(value.dropFirst(11)) : value)
        case "topic": return (c.topic ?? "") == value
        case "hashtag": return c.hashtags.contains { $0.lowercased() == v }
        case "owner": return account(value).map { $0 == c.owner } ?? false
        case "reviewer": return account(value).map { c.reviewers.contains($0) } ?? false
        case "attention": return account(value).map { attention(c, $0) } ?? false
        case "label": return label(c, value)
        case "age": return now - c.lastUpdated >= (Self.seconds(value) ?? 0)
        case "since", "after": return Self.date(value).map { c.lastUpdated >= $0 } ?? false
        case "before", "until": return Self.date(value).map { c.lastUpdated <= $0 } ?? false
        case "message": return c.commitMessage.lowercased().contains(v)
        case "file": return file(c, value)
        case "change", "":
            if let n = Int(value) { return c.number == n }
            return c.changeId.lowercased().hasPrefix(v) || (op == "" && c.commitMessage.lowercased().contains(v))
        case "limit", "resume_sortkey": return true
        default: return false
        }
    }

    /// Whether `who` is in the change's attention set, as Gerrit keeps it: a reviewer who has
    /// not voted on the current patch set, or the owner once a human voted against it.
    private func attention(_ c: SimChange, _ who: Int) -> Bool {
        guard c.status == .new else { return false }
        let votes = c.currentPatchSet.approvals
        if who == c.owner {
            return votes.contains { vote in
                vote.value < 0 && !(dataset.accounts.indices.contains(vote.by) && dataset.accounts[vote.by].isBot)
            }
        }
        return c.reviewers.contains(who) && !votes.contains { $0.by == who }
    }

    private func file(_ c: SimChange, _ value: String) -> Bool {
        let paths = c.currentPatchSet.files.map(\.path)
        if value.hasPrefix("^") {
            guard let re = try? NSRegularExpression(pattern: value) else { return false }
            return paths.contains { re.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
        }
        return paths.contains { $0 == value || $0.split(separator: "/").contains { $0 == value } }
    }

    struct LabelTerm { var name: String; var op: String; var value: Int; var user: String? }

    /// Parses `Code-Review>=1`, `Code-Review=+2`, `Code-Review+2`, `Verified-1`, `Code-Review=2,user=demo`.
    static func parseLabel(_ text: String) -> LabelTerm? {
        var spec = text
        var who: String?
        if let comma = text.firstIndex(of: ",") {
            spec = String(text[..<comma])
            let rest = text[text.index(after: comma)...]
            if rest.hasPrefix("user=") { who = String(rest.dropFirst(5)) } else { return nil }
        }
        for op in [">=", "<=", "=", ">", "<"] {
            if let r = spec.range(of: op) {
                let name = String(spec[..<r.lowerBound])
                let num = spec[r.upperBound...]
                guard let n = Int(num.hasPrefix("+") ? String(num.dropFirst()) : String(num)) else { return nil }
                return LabelTerm(name: name, op: op, value: n, user: who)
            }
        }
        // Trailing +N / -N without an operator.
        guard let sign = spec.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let digits = spec[spec.index(after: sign)...]
        guard !digits.isEmpty, let n = Int(digits) else { return nil }
        return LabelTerm(name: String(spec[..<sign]), op: "=", value: spec[sign] == "-" ? -n : n, user: who)
    }

    private func label(_ c: SimChange, _ value: String) -> Bool {
        guard let l = Self.parseLabel(value) else { return false }
        var votes = c.currentPatchSet.approvals.filter { $0.label.lowercased() == l.name.lowercased() }
        if let who = l.user {
            guard let a = account(who) else { return false }
            votes = votes.filter { $0.by == a }
        }
        let none = votes.isEmpty
        switch l.op {
        case ">=": return votes.contains { $0.value >= l.value } || (l.value <= 0 && none)
        case "<=": return votes.contains { $0.value <= l.value } || (l.value >= 0 && none)
        case ">": return votes.contains { $0.value > l.value } || (l.value < 0 && none)
        case "<": return votes.contains { $0.value < l.value } || (l.value > 0 && none)
        default: return l.value == 0 ? none : votes.contains { $0.value == l.value }
        }
    }

    /// Seconds in an age like `4d`, `2w`, `3h`, `90min`, `1mon`, `1y`.
    static func seconds(_ text: String) -> Int? {
        let digits = text.prefix { $0.isNumber }
        guard let n = Int(digits) else { return nil }
        let unit = text.dropFirst(digits.count).lowercased()
        let scale: Int
        switch unit {
        case "s", "sec", "second", "seconds", "": scale = 1
        case "m", "min", "minute", "minutes": scale = 60
        case "h", "hr", "hour", "hours": scale = 3600
        case "d", "day", "days": scale = 86_400
        case "w", "week", "weeks": scale = 7 * 86_400
        case "mon", "month", "months": scale = 30 * 86_400
        case "y", "year", "years": scale = 365 * 86_400
        default: return nil
        }
        return n * scale
    }

    /// Epoch seconds of `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (UTC).
    static func date(_ text: String) -> Int? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" || $0 == "T" }).compactMap { Int($0) }
        guard parts.count == 3 || parts.count == 6 else { return nil }
        var comps = DateComponents()
        comps.year = parts[0]; comps.month = parts[1]; comps.day = parts[2]
        if parts.count == 6 { comps.hour = parts[3]; comps.minute = parts[4]; comps.second = parts[5] }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC") ?? cal.timeZone
        return cal.date(from: comps).map { Int($0.timeIntervalSince1970) }
    }
}
