import Config
import Foundation
import GerritModel
import Reports

/// Who "I" am and who the bots are: everything the todo classifier and the bot filters need.
///
/// Kept as plain values so `AppState` stays `Equatable`; `classifier` builds the Reports one.
public struct ClassifierSettings: Sendable, Hashable {
    /// The reviewer the todo lists are for.
    public var me: String { didSet { rebuild() } }
    /// Bot accounts by username or full name.
    public var bots: [String] { didSet { rebuild() } }
    /// todo-approvable --strict.
    public var strict: Bool { didSet { rebuild() } }
    /// todo-expirable age in seconds.
    public var expireAge: TimeInterval { didSet { rebuild() } }

    /// The Reports classifier for these settings, built once: classifying asks it for every
    /// change of every list, and building it makes a set of the bots.
    public private(set) var classifier: TodoClassifier
    /// The one bot rule (Reports' `BotMatcher`) over these bots, built once: every list row
    /// asks it, twice, on every frame.
    public private(set) var botMatcher: BotMatcher

    public init(me: String, bots: [String] = [], strict: Bool = false, expireAge: TimeInterval = 28 * 86_400) {
        self.me = me
        self.bots = bots
        self.strict = strict
        self.expireAge = expireAge
        classifier = TodoClassifier(me: me, bots: bots, strict: strict, expireAge: expireAge)
        botMatcher = BotMatcher(names: bots)
    }

    private mutating func rebuild() {
        classifier = TodoClassifier(me: me, bots: bots, strict: strict, expireAge: expireAge)
        botMatcher = BotMatcher(names: bots)
    }

    // The classifier and the matcher follow from the four settings.
    public static func == (lhs: ClassifierSettings, rhs: ClassifierSettings) -> Bool {
        lhs.me == rhs.me && lhs.bots == rhs.bots && lhs.strict == rhs.strict && lhs.expireAge == rhs.expireAge
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(me)
        hasher.combine(bots)
        hasher.combine(strict)
        hasher.combine(expireAge)
    }

    /// Bots from `[organization]`; `--strict` and `--age` from `[command-todo-approvable]` and
    /// `[command-todo-expirable]`, as the CLI lists use them. Values the CLI would reject
    /// (it reports them at their line) fall back to the defaults here.
    public init(settings: Settings, me: String) {
        let strict = (try? settings.commandDefaults(for: "todo-approvable")["strict"]?.bool()) ?? false
        let days = (try? settings.commandDefaults(for: "todo-expirable")["age"]?.int(in: 0...36_500)) ?? 28
        self.init(me: me, bots: settings.organization.bots, strict: strict, expireAge: TimeInterval(days) * 86_400)
    }

    /// True when `account` is me.
    public func isMe(_ account: Account?) -> Bool {
        account?.matches(me) ?? false
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
