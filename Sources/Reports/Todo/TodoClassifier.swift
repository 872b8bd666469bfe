import GerritModel

/// Decides which changes belong on a todo list for one reviewer ("me").
///
/// Pure: who "I" am and the bot list are values, so every rule is testable.
public struct TodoClassifier: Sendable {
    /// The reviewer the lists are for (username, name or email).
    public var me: String
    /// Bot accounts, by username or full name; their votes never count as review.
    public var bots: Set<String>

    public init(me: String, bots: [String]) {
        self.me = me
        self.bots = Set(bots)
    }

    /// todo-mine: not my change, and I have no vote on the current patch set.
    public func isMine(_ change: Change) -> Bool {
        guard !isOwnedByMe(change) else { return false }
        let current = change.latestPatchSet?.approvals ?? []
        return !current.contains { $0.by?.matches(me) == true }
    }

    func isOwnedByMe(_ change: Change) -> Bool { change.owner?.matches(me) == true }
}
