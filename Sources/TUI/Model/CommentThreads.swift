import Foundation
import GerritModel
import Store
import TerminalText

/// A change's review messages grouped by patch set, in time order, bots filtered.
public struct CommentThreads: Hashable, Sendable {
    /// One message and the inline comments its author left on that patch set.
    public struct Entry: Hashable, Sendable {
        public var author: String
        public var isBot: Bool
        public var time: Date?
        /// The votes line Gerrit puts first ("Code-Review+1"), if any.
        public var votes: String
        /// The message body, sanitized, one string per line.
        public var body: [String]
        /// `file:line` and text of inline comments.
        public var inline: [(location: String, text: String)]

        public static func == (a: Entry, b: Entry) -> Bool {
            a.author == b.author && a.time == b.time && a.body == b.body && a.votes == b.votes
                && a.inline.map(\.location) == b.inline.map(\.location) && a.inline.map(\.text) == b.inline.map(\.text)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(author)
            hasher.combine(time)
            hasher.combine(body)
        }
    }

    /// One patch set's thread with its CI summary.
    public struct PatchSetThread: Hashable, Sendable {
        public var number: Int
        /// Each bot that reported on the patch set, and its result.
        public var ci: [(name: String, status: CIStatus)]
        public var entries: [Entry]
        /// Bot messages left out.
        public var hiddenBots: Int

        public static func == (a: PatchSetThread, b: PatchSetThread) -> Bool {
            a.number == b.number && a.entries == b.entries && a.hiddenBots == b.hiddenBots
                && a.ci.map(\.name) == b.ci.map(\.name) && a.ci.map(\.status) == b.ci.map(\.status)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(number)
            hasher.combine(entries)
        }
    }

    /// Newest patch set first.
    public var patchSets: [PatchSetThread]

    /// Groups `change.comments` by the "Patch Set N:" each starts with (older messages without
    /// it go with the patch set current at their time).
    public init(change: Change, showBots: Bool, isBot: (Account?) -> Bool) {
        var byNumber: [Int: PatchSetThread] = [:]
        // The author of each shown entry, per patch set, in entry order.
        var authors: [Int: [String?]] = [:]
        let sets = change.patchSets.sorted { $0.number < $1.number }
        for message in change.comments.sorted(by: { ($0.timestamp ?? .distantPast) < ($1.timestamp ?? .distantPast) }) {
            let (number, votes, body) = Self.split(message, patchSets: sets)
            var thread = byNumber[number] ?? PatchSetThread(number: number, ci: [], entries: [], hiddenBots: 0)
            let bot = isBot(message.reviewer)
            if bot {
                let name = sanitizeLine(message.reviewer?.displayName ?? "bot")
                let vote = sets.first { $0.number == number }.flatMap { ps in
                    message.reviewer.flatMap { ps.vote(for: "Verified", by: $0) }
                }
                let status: CIStatus = (vote ?? 0) > 0 ? .passed : (vote ?? 0) < 0 ? .failed
                    : votes.contains("Verified+") ? .passed : votes.contains("Verified-") ? .failed : .none
                if let index = thread.ci.firstIndex(where: { $0.name == name }) {
                    thread.ci[index].status = status
                } else {
                    thread.ci.append((name, status))
                }
            }
            if bot && !showBots {
                thread.hiddenBots += 1
            } else {
                thread.entries.append(Entry(author: sanitizeLine(message.reviewer?.displayName ?? "Gerrit"), isBot: bot,
                                            time: message.timestamp, votes: votes, body: body, inline: []))
                authors[number, default: []].append(message.reviewer?.identity)
            }
            byNumber[number] = thread
        }
        // Inline comments go once under their author's message on that patch set: the one that
        // announces them ("(2 comments)"), else the author's last.
        for ps in sets {
            guard var thread = byNumber[ps.number], let who = authors[ps.number] else { continue }
            for comment in ps.comments {
                let identity = comment.reviewer?.identity
                let candidates = who.indices.filter { who[$0] == identity }
                let announcing = candidates.last { index in
                    thread.entries[index].body.contains { $0.contains("comment") && $0.hasPrefix("(") }
                }
                guard let target = announcing ?? candidates.last else { continue }
                let location = sanitizeLine(comment.file) + (comment.line.map { ":\($0)" } ?? "")
                let marker = comment.unresolved == true ? "  (unresolved)" : ""
                thread.entries[target].inline.append((location: location + marker, text: sanitizeLine(comment.message)))
            }
            byNumber[ps.number] = thread
        }
        patchSets = byNumber.values.sorted { $0.number > $1.number }
    }

    /// (patch set, votes line, body lines) of a message.
    static func split(_ message: ChangeMessage, patchSets: [PatchSet]) -> (Int, String, [String]) {
        var lines = sanitizeMultiline(message.message).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var number = patchSets.last { ps in
            guard let created = ps.createdOn, let time = message.timestamp else { return false }
            return created <= time
        }?.number ?? patchSets.last?.number ?? 1
        var votes = ""
        if let first = lines.first, first.hasPrefix("Patch Set ") {
            let rest = first.dropFirst("Patch Set ".count)
            let digits = rest.prefix { $0.isNumber }
            if let parsed = Int(digits) { number = parsed }
            votes = rest.dropFirst(digits.count).drop { $0 == ":" || $0 == " " }.trimmingCharacters(in: .whitespaces)
            lines.removeFirst()
        }
        while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        return (number, votes, lines)
    }
}
