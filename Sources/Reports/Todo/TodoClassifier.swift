import Foundation
import GerritModel

/// Decides which changes belong on a todo list for one reviewer ("me").
///
/// Pure: who "I" am, the bot list and the options are values, so every rule is testable. The
/// rules are those of the original (spec §3.3) with its bugs fixed: every list works (todo-noones
/// and todo-others crashed in 1.5) and bot votes never count as review, on every list (1.5 forgot
/// the bots in todo-others). "A vote" is an approval on any label; "current" is the newest patch
/// set. Closed changes are on no list.
public struct TodoClassifier: Sendable {
    /// The reviewer the lists are for (username, name or email).
    public var me: String
    /// Bot accounts, by username or full name; their votes never count as review.
    public var bots: Set<String> {
        get { botMatcher.names }
        set { botMatcher.names = newValue }
    }
    /// The bot rule every report shares, made once: asked for every voter of every change.
    private var botMatcher = BotMatcher(names: [])

    /// todo-approvable --strict: also require no Code-Review -1 on the current patch set.
    public var strict: Bool
    /// todo-expirable: the youngest negative Code-Review must be older than this many seconds.
    public var expireAge: TimeInterval

    /// Creates a classifier.
    ///
    /// - Parameters:
    ///   - me: The reviewer the lists are for.
    ///   - bots: Bot usernames or full names.
    ///   - strict: todo-approvable `--strict`.
    ///   - expireAge: todo-expirable `--age`, in seconds (default 28 days).
    public init(me: String, bots: [String], strict: Bool = false, expireAge: TimeInterval = 28 * 86_400) {
        self.me = me
        self.botMatcher.names = Set(bots)
        self.strict = strict
        self.expireAge = expireAge
    }

    /// What the rules read of a change beyond its list fields: who voted and when on the current
    /// patch set, who voted on any (the stored digest: the older patch sets' votes are most of a
    /// cached change), the messages' authors and the reviewers.
    public static let parts: ChangeParts = [.voters, .voterDigest, .messages, .reviewers]

    /// Every todo list `change` belongs on at `now`; the TUI tabs and the CLI commands share it.
    ///
    /// Whether I review the change (todo-mine versus todo-others) comes from the change itself:
    /// `allReviewers` when the query asked for it, else my votes and messages.
    ///
    /// The same rules as `includes(_:in:now:)`, judged in one pass over the votes: the TUI asks
    /// this for every change of every list at start-up and for every stream event, where asking
    /// each list's predicate in turn walked the votes a dozen times.
    public func categories(of change: Change, now: Date) -> Set<TodoCategory> {
        // Every list leaves out closed changes and my own.
        guard change.isOpen, !isOwnedByMe(change) else { return [] }
        let votes = VoteFacts(of: change, classifier: self)
        var result: Set<TodoCategory> = []
        if votes.humanVote && !votes.myVoteOnCurrent { result.insert(.anyones) }
        if !votes.humanVote { result.insert(.noones) }
        // Only mine and others ask whether I review it; the comments are walked only if needed.
        let reviewed = votes.myVoteAnywhere || change.allReviewers.contains(where: isMe)
            || change.comments.contains { isMe($0.reviewer) }
        if reviewed && !votes.myVoteOnCurrent { result.insert(.mine) }
        if !reviewed && votes.humanVote { result.insert(.others) }
        if isApprovable(change) { result.insert(.approvable) }
        if isExpirable(change, now: now) { result.insert(.expirable) }
        return result
    }

    /// Whether `change` belongs on one list.
    ///
    /// - Parameters:
    ///   - category: The list.
    ///   - now: The clock for todo-expirable.
    ///   - reviewerFromQuery: For todo-mine and todo-others, whether the server already decided that
    ///     I review the change (the query said `reviewer:ME` or `NOT reviewer:ME`); nil works it out
    ///     from the change, which misses reviewers who were added but never voted or commented.
    public func includes(_ change: Change, in category: TodoCategory, now: Date, reviewerFromQuery: Bool? = nil) -> Bool {
        switch category {
        case .mine: return isMine(change, reviewerFromQuery: reviewerFromQuery)
        case .others: return isOthers(change, reviewerFromQuery: reviewerFromQuery)
        case .anyones: return isAnyones(change)
        case .noones: return isNoones(change)
        case .approvable: return isApprovable(change)
        case .expirable: return isExpirable(change, now: now)
        }
    }

    /// todo-mine: I review it, it is not mine, and I have no vote on the current patch set.
    ///
    /// Typically I looked at an earlier patch set (or was added as a reviewer) and a new one waits.
    public func isMine(_ change: Change, reviewerFromQuery: Bool?) -> Bool {
        guard change.isOpen, !isOwnedByMe(change) else { return false }
        guard reviewerFromQuery ?? isReviewedByMe(change) else { return false }
        return !hasMyVote(onCurrentOf: change)
    }

    /// todo-mine, judging from the change alone whether I review it (usable as `filter(isMine)`).
    public func isMine(_ change: Change) -> Bool {
        isMine(change, reviewerFromQuery: nil)
    }

    /// todo-others, judging from the change alone whether I review it (usable as `filter(isOthers)`).
    public func isOthers(_ change: Change) -> Bool {
        isOthers(change, reviewerFromQuery: nil)
    }

    /// todo-others: I do not review it, it is not mine, and someone other than a bot voted on it.
    public func isOthers(_ change: Change, reviewerFromQuery: Bool?) -> Bool {
        guard change.isOpen, !isOwnedByMe(change) else { return false }
        guard !(reviewerFromQuery ?? isReviewedByMe(change)) else { return false }
        return hasHumanVote(change)
    }

    /// todo-anyones: not mine, no vote from me on the current patch set, and some human voted on
    /// some patch set (my own earlier votes count).
    public func isAnyones(_ change: Change) -> Bool {
        guard change.isOpen, !isOwnedByMe(change) else { return false }
        return !hasMyVote(onCurrentOf: change) && hasHumanVote(change)
    }

    /// todo-noones: not mine, and no human voted on any patch set (only bots, or nobody).
    public func isNoones(_ change: Change) -> Bool {
        guard change.isOpen, !isOwnedByMe(change) else { return false }
        return !hasHumanVote(change)
    }

    /// todo-approvable: not mine; the current patch set has a human Code-Review +2, no Workflow
    /// vote (+1 or -1), no Code-Review -2, and no vote from me. `strict` also rules out a -1.
    ///
    /// Verified votes do not matter.
    public func isApprovable(_ change: Change) -> Bool {
        guard change.isOpen, !isOwnedByMe(change), let current = change.latestPatchSet else { return false }
        let votes = current.approvals.filter { !isBot($0.by) }
        if votes.contains(where: { isMe($0.by) }) { return false }
        let reviews = votes.filter { $0.type == Self.codeReview }.map(\.value)
        let workflow = votes.filter { $0.type == Self.workflow }.map(\.value)
        guard reviews.contains(2), !reviews.contains(-2), !workflow.contains(1), !workflow.contains(-1) else {
            return false
        }
        return !(strict && reviews.contains(-1))
    }

    /// todo-expirable: the current patch set has a human negative Code-Review, and the youngest
    /// one is older than `expireAge` at `now`.
    ///
    /// My own changes stay on this list, as in the original: a stale change of mine is worth
    /// abandoning too. Votes without a time are left out; a change with only those is not listed.
    public func isExpirable(_ change: Change, now: Date) -> Bool {
        // Not my own changes (spec §9.20): abandoning is for other people's stale work.
        guard change.isOpen, !isOwnedByMe(change), let current = change.latestPatchSet else { return false }
        let negatives = current.approvals.filter { $0.type == Self.codeReview && $0.value < 0 && !isBot($0.by) }
        guard let youngest = negatives.compactMap(\.grantedOn).max() else { return false }
        return now.timeIntervalSince(youngest) > expireAge
    }

    // MARK: Building blocks

    static let codeReview = "Code-Review"
    static let workflow = "Workflow"

    /// Whether I own the change: the owner's username or email is me (name too, for convenience).
    public func isOwnedByMe(_ change: Change) -> Bool { isMe(change.owner) }

    /// Whether `account` is me.
    public func isMe(_ account: Account?) -> Bool { account?.matches(me) == true }

    /// Whether `account` is a bot: its username or full name is in the bot list.
    public func isBot(_ account: Account?) -> Bool {
        // One bot rule for every report: the todo lists ask the same matcher as comments and watch.
        botMatcher.isBot(account)
    }

    /// Whether I review the change, judged from the change alone: listed in `allReviewers`, or a
    /// vote or message from me on any patch set.
    public func isReviewedByMe(_ change: Change) -> Bool {
        change.allReviewers.contains(where: isMe)
            || change.anyVoter { isMe($0) }
            || change.comments.contains { isMe($0.reviewer) }
    }

    /// Whether I voted on the newest patch set.
    public func hasMyVote(onCurrentOf change: Change) -> Bool {
        change.latestPatchSet?.approvals.contains { isMe($0.by) } ?? false
    }

    /// Whether anyone but a bot voted on any patch set (me included).
    public func hasHumanVote(_ change: Change) -> Bool {
        change.anyVoter { !isBot($0) }
    }
}
