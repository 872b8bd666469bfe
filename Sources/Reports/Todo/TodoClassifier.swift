import Foundation
import GerritModel

/// Decides which changes belong on a todo list for one reviewer ("me").
///
/// Pure: who "I" am and the bot list are values, so every rule is testable.
public struct TodoClassifier: Sendable {
    /// The reviewer the lists are for (username, name or email).
    public var me: String
    /// Bot accounts, by username or full name; their votes never count as review.
    public var bots: Set<String>

    /// todo-approvable --strict: also require no -1 votes from anyone.
    public var strict: Bool
    /// todo-expirable: changes whose last update is older than this many seconds.
    public var expireAge: TimeInterval

    public init(me: String, bots: [String], strict: Bool = false, expireAge: TimeInterval = 28 * 86_400) {
        self.me = me
        self.bots = Set(bots)
        self.strict = strict
        self.expireAge = expireAge
    }

    /// Every todo list `change` belongs on at `now`; the TUI tabs and the CLI commands share it.
    public func categories(of change: Change, now: Date) -> Set<TodoCategory> {
        var result: Set<TodoCategory> = []
        if isMine(change) { result.insert(.mine) }
        return result
    }

    /// todo-mine: not my change, and I have no vote on the current patch set.
    public func isMine(_ change: Change) -> Bool {
        guard !isOwnedByMe(change) else { return false }
        let current = change.latestPatchSet?.approvals ?? []
        return !current.contains { $0.by?.matches(me) == true }
    }

    func isOwnedByMe(_ change: Change) -> Bool { change.owner?.matches(me) == true }
}
