import Config
import Foundation
import GerritModel
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

    /// Bots from `[organization]`; `--strict` and `--age` from `[command-todo-approvable]` and
    /// `[command-todo-expirable]`, as the CLI lists use them. Values the CLI would reject
    /// (it reports them at their line) fall back to the defaults here.
    public init(settings: Settings, me: String) {
        let strict = (try? settings.commandDefaults(for: "todo-approvable")["strict"]?.bool()) ?? false
        let days = (try? settings.commandDefaults(for: "todo-expirable")["age"]?.int(in: 0...36_500)) ?? 28
        self.init(me: me, bots: settings.organization.bots, strict: strict, expireAge: TimeInterval(days) * 86_400)
    }

    /// The Reports classifier for these settings.
    public var classifier: TodoClassifier {
        TodoClassifier(me: me, bots: bots, strict: strict, expireAge: expireAge)
    }

    /// True when `account` is me.
    public func isMe(_ account: Account?) -> Bool {
        account?.matches(me) ?? false
    }

    /// The one bot rule (Reports' `BotMatcher`) over these bots.
    public var botMatcher: BotMatcher {
        BotMatcher(names: bots)
    }

    /// Reports' CI verdict on the newest patch set of `change` (its bots' votes and messages),
    /// for the list's CI column and the detail's "waiting on".
    public func ciVerdict(of change: Change) -> CIStatus {
        CISummary.overall(currentPatchSetOf: change, bots: botMatcher)
    }

    /// How the comments pane groups a change's comments: every patch set, the bots listed in
    /// the CI line in configuration order, as `comments` does; bots' comments shown on request.
    public func commentOptions(showingBots: Bool) -> CommentThreads.Options {
        CommentThreads.Options(botNames: bots, includeBots: showingBots)
    }
}
