import Foundation
import Reports

/// Who "I" am and who the bots are: everything the todo classifier and the bot filters need.
///
/// Kept as plain values so `AppState` stays `Equatable`; `classifier` builds the Reports one.
public struct ClassifierSettings: Sendable, Hashable {
    /// The reviewer the todo lists are for.
    public var me: String
    /// Bot accounts by username or full name.
    public var bots: [String]
    /// todo-approvable --strict.
    public var strict: Bool
    /// todo-expirable age in seconds.
    public var expireAge: TimeInterval

    public init(me: String, bots: [String] = [], strict: Bool = false, expireAge: TimeInterval = 28 * 86_400) {
        self.me = me
        self.bots = bots
        self.strict = strict
        self.expireAge = expireAge
    }

    /// The Reports classifier for these settings.
    public var classifier: TodoClassifier {
        TodoClassifier(me: me, bots: bots, strict: strict, expireAge: expireAge)
    }
}
