import Foundation
import GerritModel

/// The outcome one CI system reported on a patch set.
public enum CIStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// A positive Verified vote, or a report saying the build succeeded.
    case passed
    /// A negative Verified vote, or a report saying the build failed.
    case failed
    /// No vote and no verdict (not run yet, still running, or a report we cannot read).
    case unknown

    /// One character for compact displays: ✓, ✗ or –.
    public var symbol: String {
        switch self {
        case .passed: return "✓"
        case .failed: return "✗"
        case .unknown: return "–"
        }
    }
}

/// One CI system's result on one patch set.
public struct CIResult: Sendable, Hashable {
    /// The bot's display name (full name, else username), e.g. "XenServer CI".
    public var bot: String
    /// The bot's account, as seen on the change.
    public var account: Account
    /// What it reported.
    public var status: CIStatus
    /// The Verified vote it gave, if any.
    public var vote: Int?
    /// When it voted or last commented on the patch set.
    public var timestamp: Date?

    /// Creates a result.
    public init(bot: String, account: Account, status: CIStatus, vote: Int? = nil, timestamp: Date? = nil) {
        self.bot = bot
        self.account = account
        self.status = status
        self.vote = vote
        self.timestamp = timestamp
    }
}

/// What the CI systems said about one patch set: "Zuul ✗ Jenkins ✓ XenServer CI –".
///
/// Built from the bots' Verified votes first and their messages second ("Build succeeded",
/// "Build failed", job lines ending in SUCCESS/FAILURE). Every bot that reported anywhere on the
/// change is listed, so a bot that has not reported on this patch set yet shows as `–`.
public struct CISummary: Sendable, Hashable {
    /// One entry per bot, in the order of the configured bot list, then of first appearance.
    public var results: [CIResult]

    /// Creates a summary from results.
    public init(results: [CIResult]) {
        self.results = results
    }

    /// The summary of patch set `number` of `change`.
    ///
    /// - Parameters:
    ///   - change: The change, with patch sets, approvals and messages.
    ///   - number: The patch set number.
    ///   - bots: Which accounts are CI systems.
    ///   - order: Bot names in the order to list them (usually `[organization] bots`).
    public init(change: Change, patchSet number: Int, bots: BotMatcher, order: [String] = []) {
        let patchSet = change.patchSets.first { $0.number == number }
            ?? (change.currentPatchSet?.number == number ? change.currentPatchSet : nil)
        self.init(patchSet: patchSet, messages: CommentThreads.messages(of: change, patchSet: number),
                  botAccounts: Self.botAccounts(on: change, bots: bots, order: order))
    }

    /// The summary of `patchSet` from the messages placed on it and the change's bot accounts
    /// (`botAccounts(on:bots:order:)`), for callers that summarise every patch set of a change.
    init(patchSet: PatchSet?, messages: [ChangeMessage], botAccounts accounts: [Account]) {
        results = accounts.map { account in
            let key = account.identity
            let vote = patchSet?.approvals.last { $0.type == "Verified" && $0.by?.identity == key }
            let said = messages.last { $0.reviewer?.identity == key }
            var status = CIStatus.unknown
            if let value = vote?.value, value != 0 {
                status = value > 0 ? .passed : .failed
            } else if let said {
                status = Self.verdict(of: said.message)
            }
            let timestamp = [vote?.grantedOn, said?.timestamp].compactMap { $0 }.max()
            return CIResult(bot: account.displayName, account: account, status: status,
                            vote: vote?.value, timestamp: timestamp)
        }
    }

    /// The summary of the newest patch set of `change` (empty when it has none).
    public init(currentPatchSetOf change: Change, bots: BotMatcher, order: [String] = []) {
        guard let latest = CommentThreads.allPatchSets(of: change).last else {
            self.init(results: [])
            return
        }
        self.init(change: change, patchSet: latest.number, bots: bots, order: order)
    }

    /// `CISummary(currentPatchSetOf: change, bots: bots).overall`, without building the summary:
    /// the list's CI column asks it for every row on screen in every frame, where placing every
    /// message of the change on its patch set cost more than the rest of the row together.
    ///
    /// Only the newest patch set is looked at: each bot's last Verified vote on it, else its
    /// last message there (in time order, as the summary orders them).
    public static func overall(currentPatchSetOf change: Change, bots: BotMatcher) -> CIStatus {
        let patchSets = CommentThreads.allPatchSets(of: change)
        guard let latest = patchSets.last else { return .unknown }
        var votes: [String: Int] = [:]
        for approval in latest.approvals where approval.type == "Verified" {
            guard let by = approval.by, bots.isBot(by), let key = by.identity else { continue }
            votes[key] = approval.value
        }
        var said: [String: (time: Date, offset: Int, text: String)] = [:]
        for (offset, message) in change.comments.enumerated() {
            guard let reviewer = message.reviewer, bots.isBot(reviewer), let key = reviewer.identity,
                  CommentThreads.patchSetNumber(of: message, patchSets: patchSets) == latest.number else { continue }
            let time = message.timestamp ?? .distantPast
            if let best = said[key], (best.time, best.offset) > (time, offset) { continue }
            said[key] = (time, offset, message.message)
        }
        var passed = false
        for key in Set(votes.keys).union(said.keys) {
            let status: CIStatus
            if let value = votes[key], value != 0 {
                status = value > 0 ? .passed : .failed
            } else if let text = said[key]?.text {
                status = verdict(of: text)
            } else {
                status = .unknown
            }
            if status == .failed { return .failed }
            if status == .passed { passed = true }
        }
        return passed ? .passed : .unknown
    }

    /// "Zuul ✗ Jenkins ✓ XenServer CI –"; empty when no bot reported on the change.
    public var text: String {
        results.map { "\($0.bot) \($0.status.symbol)" }.joined(separator: " ")
    }

    /// The one verdict for a list column: failed if any bot failed, passed if some bot passed
    /// and none failed, unknown when no bot has a verdict yet.
    ///
    /// A bot that has said nothing on this patch set does not hold the verdict back: third-party
    /// CI systems often skip patch sets, and "waiting on CI" must not last forever because of one.
    public var overall: CIStatus {
        if results.contains(where: { $0.status == .failed }) { return .failed }
        if results.contains(where: { $0.status == .passed }) { return .passed }
        return .unknown
    }

    /// Reads a verdict out of a CI message; `.unknown` when it says neither.
    ///
    /// The strongest evidence wins: a Verified vote in the "Patch Set N:" line, then "Build
    /// succeeded/failed", then job lines ending in FAILURE (a non-voting job may fail in a
    /// build that passed, so job lines come last).
    static func verdict(of message: String) -> CIStatus {
        let lower = message.lowercased()
        let rules: [(passed: [String], failed: [String])] = [
            (["verified+1", "verified+2"], ["verified-1", "verified-2"]),
            (["build succeeded", "build successful"], ["build failed", "build failure"]),
            ([], [": failure"]),
        ]
        for rule in rules {
            if rule.failed.contains(where: lower.contains) { return .failed }
            if rule.passed.contains(where: lower.contains) { return .passed }
        }
        return .unknown
    }

    /// Every bot account that voted or wrote on the change, ordered by `order`, then first seen.
    static func botAccounts(on change: Change, bots: BotMatcher, order: [String]) -> [Account] {
        var seen: [Account] = []
        var keys: Set<String> = []
        func add(_ account: Account?) {
            guard let account, bots.isBot(account), let key = account.identity, keys.insert(key).inserted else { return }
            seen.append(account)
        }
        for patchSet in change.patchSets.sorted(by: { $0.number < $1.number }) {
            patchSet.approvals.forEach { add($0.by) }
        }
        change.currentPatchSet?.approvals.forEach { add($0.by) }
        change.comments.forEach { add($0.reviewer) }
        func rank(_ account: Account) -> Int {
            order.firstIndex { $0 == account.username || $0 == account.name } ?? order.count
        }
        return seen.enumerated().sorted { lhs, rhs in
            (rank(lhs.element), lhs.offset) < (rank(rhs.element), rhs.offset)
        }.map(\.element)
    }
}
