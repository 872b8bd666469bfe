import GerritModel

extension TabSpec {
    /// Whether `change` belongs to this tab's query, judged locally, or nil when the query uses
    /// a term this cannot judge (then the server's last answer stands).
    ///
    /// The tab queries are built from a few terms (`status:open`, `project:`, `branch:`,
    /// `reviewer:ME` and their combinations), so a live event can move a change in or out of a
    /// list at once instead of waiting for the next refresh.
    /// - Parameters:
    ///   - me: who `reviewer:` may name for a local answer.
    ///   - reviewsIt: whether I review the change (the server told us: a `reviewer:ME` answer,
    ///     `--all-reviewers`, a reviewer-added event or my own vote).
    public func matches(_ change: Change, me: String, reviewsIt: Bool) -> Bool? {
        Self.evaluate(query, change: change, me: me, reviewsIt: reviewsIt)
    }

    static func evaluate(_ query: GerritQuery, change: Change, me: String, reviewsIt: Bool) -> Bool? {
        switch query {
        case .and(let parts):
            var result: Bool? = true
            for part in parts {
                switch evaluate(part, change: change, me: me, reviewsIt: reviewsIt) {
                case false?: return false
                case nil: result = nil
                case true?: break
                }
            }
            return result
        case .or(let parts):
            if parts.isEmpty { return true }
            var result: Bool? = false
            for part in parts {
                switch evaluate(part, change: change, me: me, reviewsIt: reviewsIt) {
                case true?: return true
                case nil: result = nil
                case false?: break
                }
            }
            return result
        case .not(let inner):
            return evaluate(inner, change: change, me: me, reviewsIt: reviewsIt).map { !$0 }
        case .term(let name, let value):
            return term(name, value, change: change, me: me, reviewsIt: reviewsIt)
        case .raw:
            return nil
        }
    }

    private static func term(_ name: String, _ value: String, change: Change, me: String, reviewsIt: Bool) -> Bool? {
        switch (name, value.lowercased()) {
        case ("status", "open"), ("is", "open"): return change.isOpen
        case ("status", "closed"), ("is", "closed"): return !change.isOpen
        case ("status", "merged"), ("is", "merged"): return change.status == .merged
        case ("status", "abandoned"), ("is", "abandoned"): return change.status == .abandoned
        case ("project", _):
            // A leading ^ is a regular expression in Gerrit: leave it to the server.
            guard !value.hasPrefix("^") else { return nil }
            return change.project == value
        case ("branch", _):
            guard !value.hasPrefix("^") else { return nil }
            let branch = change.branch.map { $0.hasPrefix("refs/heads/") ? String($0.dropFirst(11)) : $0 }
            return branch == value || change.branch == value
        case ("reviewer", _):
            return value == me || value == "self" ? reviewsIt : nil
        case ("owner", _):
            guard let owner = change.owner else { return nil }
            return owner.matches(value == "self" ? me : value)
        default:
            return nil
        }
    }
}
