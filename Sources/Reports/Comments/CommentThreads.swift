import Config
import Foundation
import GerritModel

/// A change's review comments grouped per patch set, in time order, bots filtered.
///
/// Fixes the original `comments` report (spec §9.14): `patch` selects the patch set *number*,
/// comments keep their paragraphs and carry their time, file:line and unresolved flag, and inline
/// comments appear right after the review message that published them instead of all first.
/// Messages are placed by their "Patch Set N:" prefix, or else by time, so "Abandoned",
/// "Restored" and merge notes land on the patch set they happened on.
public struct CommentThreads: Sendable, Hashable {
    /// Which patch sets to show.
    public enum Selection: Sendable, Hashable {
        /// Every patch set (the default).
        case all
        /// Only the newest patch set (`--current`).
        case current
        /// Only the patch set with this number (`--patch N`).
        case number(Int)
    }

    /// What to show.
    public struct Options: Sendable, Hashable {
        /// Which patch sets.
        public var selection: Selection
        /// Keep comments by bots (`--all`).
        public var includeBots: Bool
        /// Which accounts are bots.
        public var bots: BotMatcher
        /// Bot names in the order the CI summary lists them.
        public var botOrder: [String]

        /// Creates options; by default every patch set, bots hidden.
        public init(selection: Selection = .all, includeBots: Bool = false, bots: BotMatcher = BotMatcher(names: []),
                    botOrder: [String] = []) {
            self.selection = selection
            self.includeBots = includeBots
            self.bots = bots
            self.botOrder = botOrder
        }

        /// Options for a configured bot list (usernames or full names), which is also the order
        /// the CI summary lists them in: what `comments` and the TUI's comments pane both use.
        public init(botNames: [String], selection: Selection = .all, includeBots: Bool = false) {
            self.init(selection: selection, includeBots: includeBots, bots: BotMatcher(names: botNames),
                      botOrder: botNames)
        }

        /// Options for the bots of `[organization] bots`.
        public init(settings: Settings, selection: Selection = .all, includeBots: Bool = false) {
            self.init(botNames: settings.organization.bots, selection: selection, includeBots: includeBots)
        }
    }

    /// The change number.
    public var changeNumber: Int
    /// The Change-Id.
    public var changeId: String?
    /// The web URL.
    public var url: String?
    /// The subject line.
    public var subject: String?
    /// The project.
    public var project: String?
    /// The selected patch sets, oldest first.
    public var patchSets: [PatchSetThread]
    /// Every patch set number the change has, oldest first (for "no such patch set" messages).
    public var availablePatchSets: [Int]
    /// Unresolved inline comments across the whole change, whatever the selection.
    public var unresolvedCount: Int

    /// Groups the comments of `change` (queried with `--patch-sets --comments`).
    public init(change: Change, options: Options = Options()) {
        changeNumber = change.number
        changeId = change.id
        url = change.url
        subject = change.subject
        project = change.project
        let all = Self.allPatchSets(of: change)
        availablePatchSets = all.map(\.number)
        let latest = all.last?.number
        let chosen: [PatchSet]
        switch options.selection {
        case .all: chosen = all
        case .current: chosen = all.last.map { [$0] } ?? []
        case .number(let n): chosen = all.filter { $0.number == n }
        }
        unresolvedCount = all.reduce(0) { $0 + Self.unresolvedCount(in: $1.comments) }
        // Each message is placed once, and the bots found once, for every patch set shown.
        let messages = Self.messagesByPatchSet(of: change, patchSets: all)
        let bots = CISummary.botAccounts(on: change, bots: options.bots, order: options.botOrder)
        patchSets = chosen.map { patchSet in
            let said = messages[patchSet.number] ?? []
            let entries = Self.entries(of: patchSet, messages: said, bots: options.bots)
            let shown = options.includeBots ? entries : entries.filter { !$0.isBot }
            return PatchSetThread(
                number: patchSet.number, revision: patchSet.revision, uploader: patchSet.uploader,
                createdOn: patchSet.createdOn, isCurrent: patchSet.number == latest, entries: shown,
                hiddenBotEntries: entries.count - shown.count,
                unresolvedCount: Self.unresolvedCount(in: patchSet.comments),
                ci: CISummary(patchSet: patchSet, messages: said, botAccounts: bots))
        }
    }

    /// Unresolved inline comments on `change` (all patch sets), for list views that do not
    /// build the threads.
    public static func unresolvedCount(of change: Change) -> Int {
        allPatchSets(of: change).reduce(0) { $0 + unresolvedCount(in: $1.comments) }
    }

    // MARK: - Grouping

    /// Patch sets by number, with the current patch set added when only it was sent.
    static func allPatchSets(of change: Change) -> [PatchSet] {
        // What Gerrit sends: numbers in increasing order, the current one among them. Then the
        // list is the answer as it is (the stats reports ask this for every change).
        let patchSets = change.patchSets
        if patchSets.indices.dropFirst().allSatisfy({ patchSets[$0 - 1].number < patchSets[$0].number }),
           change.currentPatchSet.map({ current in patchSets.contains { $0.number == current.number } }) ?? true {
            return patchSets
        }
        var byNumber: [Int: PatchSet] = [:]
        for patchSet in change.patchSets { byNumber[patchSet.number] = patchSet }
        if let current = change.currentPatchSet, byNumber[current.number] == nil {
            byNumber[current.number] = current
        }
        return byNumber.values.sorted { $0.number < $1.number }
    }

    /// The change messages that belong to patch set `number`, in time order.
    static func messages(of change: Change, patchSet number: Int) -> [ChangeMessage] {
        messagesByPatchSet(of: change, patchSets: allPatchSets(of: change))[number] ?? []
    }

    /// The change messages by the patch set they belong to, each list in time order.
    static func messagesByPatchSet(of change: Change, patchSets: [PatchSet]) -> [Int: [ChangeMessage]] {
        var placed: [Int: [(offset: Int, message: ChangeMessage)]] = [:]
        for (offset, message) in change.comments.enumerated() {
            guard let number = patchSetNumber(of: message, patchSets: patchSets) else { continue }
            placed[number, default: []].append((offset, message))
        }
        return placed.mapValues { list in
            list.sorted { lhs, rhs in
                let l = lhs.message.timestamp ?? .distantPast, r = rhs.message.timestamp ?? .distantPast
                return (l, lhs.offset) < (r, rhs.offset)
            }.map(\.message)
        }
    }

    /// "Patch Set N: …" and "Uploaded patch set N." name their patch set; anything else belongs to
    /// the newest patch set uploaded before it was written.
    static func patchSetNumber(of message: ChangeMessage, patchSets: [PatchSet]) -> Int? {
        if let named = namedPatchSetNumber(in: message.message) { return named }
        if let time = message.timestamp,
           let before = patchSets.last(where: { ($0.createdOn ?? .distantPast) <= time }) {
            return before.number
        }
        return patchSets.last?.number
    }

    /// The number of the patch set a message names at its start (`namedPatchSet`'s number), read
    /// from the bytes: every list row's CI column asks it of every bot message on every frame,
    /// and the Character reading (with the first line it also cuts) was most of a row's cost.
    /// Anything but plain ASCII digits after the prefix goes the Character way, so a combining
    /// mark on the last digit reads as it always did.
    static func namedPatchSetNumber(in text: String) -> Int? {
        let fast: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for prefix in Self.patchSetPrefixes {
                guard bytes.count > prefix.count, bytes.starts(with: prefix) else { continue }
                var index = prefix.count
                var number = 0
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, index - prefix.count < 18 {
                    number = number * 10 + Int(bytes[index] - 0x30)
                    index += 1
                }
                // No digit here: the other prefix cannot match either (they differ in their first byte).
                guard index > prefix.count else { return nil }
                if index == bytes.count || bytes[index] < 0x80 && !(bytes[index] >= 0x30 && bytes[index] <= 0x39) {
                    return number
                }
                // A mark that may combine with the last digit, or a number too long to add up here.
                return namedPatchSet(in: text)?.number
            }
            // The prefixes are ASCII letters with no other canonical form: no byte match, no match.
            return nil
        }
        if let fast { return fast }
        return namedPatchSet(in: text)?.number
    }

    private static let patchSetPrefixes: [[UInt8]] = [Array("Patch Set ".utf8), Array("Uploaded patch set ".utf8)]

    /// The patch set a message names at its start, and the rest of its first line.
    static func namedPatchSet(in text: String) -> (number: Int, rest: String, isUpload: Bool)? {
        for (prefix, isUpload) in [("Patch Set ", false), ("Uploaded patch set ", true)] where text.hasPrefix(prefix) {
            let afterPrefix = text.dropFirst(prefix.count)
            let digits = afterPrefix.prefix { $0.isASCII && $0.isNumber }
            guard let number = Int(digits) else { continue }
            let firstLine = afterPrefix.dropFirst(digits.count).prefix { $0 != "\n" && $0 != "\r" }
            var rest = firstLine.drop { $0 == ":" || $0 == "." || $0 == " " }
            while rest.last == " " { rest = rest.dropLast() }
            return (number, String(rest), isUpload)
        }
        return nil
    }

    /// Review messages in time order, each followed by the inline comments it published.
    ///
    /// Inline comments carry neither time nor message id in `gerrit query`, so each reviewer's
    /// comments go, in server order, to that reviewer's messages: as many as a message's
    /// "(N comments)" says, the rest to their last message on the patch set.
    static func entries(of patchSet: PatchSet, messages: [ChangeMessage], bots: BotMatcher) -> [CommentEntry] {
        var pending: [String: [InlineComment]] = [:]
        var order: [String] = []
        for comment in patchSet.comments {
            let key = comment.reviewer?.identity ?? ""
            if pending[key] == nil { order.append(key) }
            pending[key, default: []].append(comment)
        }
        var lastMessageOf: [String: Int] = [:]
        for (index, message) in messages.enumerated() {
            lastMessageOf[message.reviewer?.identity ?? ""] = index
        }

        var result: [CommentEntry] = []
        for (index, message) in messages.enumerated() {
            let named = namedPatchSet(in: message.message)
            if named?.isUpload == true { continue }
            let key = message.reviewer?.identity ?? ""
            var body = message.message
            if named != nil {
                // Drop the "Patch Set N: votes" line; the votes become the summary.
                body = String(body.drop { $0 != "\n" })
            }
            let paragraphs = CommentEntry.paragraphs(of: body).filter { !isCommentCount($0) }
            let summary = named.flatMap { $0.rest.isEmpty ? nil : $0.rest }
            result.append(CommentEntry(
                kind: .message, author: message.reviewer, authorName: name(of: message.reviewer),
                isBot: bots.isBot(message.reviewer), timestamp: message.timestamp,
                summary: summary, paragraphs: paragraphs))

            var take = commentCount(in: message.message) ?? 0
            if lastMessageOf[key] == index { take = Int.max }
            let queue = pending[key] ?? []
            let published = queue.prefix(take)
            pending[key] = Array(queue.dropFirst(published.count))
            result += published.map { inline(entry: $0, at: message.timestamp, bots: bots) }
        }
        // Comments whose author wrote no message on this patch set.
        for key in order {
            result += (pending[key] ?? []).map { inline(entry: $0, at: nil, bots: bots) }
        }
        return result
    }

    private static func inline(entry comment: InlineComment, at time: Date?, bots: BotMatcher) -> CommentEntry {
        CommentEntry(
            kind: .inline, author: comment.reviewer, authorName: name(of: comment.reviewer),
            isBot: bots.isBot(comment.reviewer), timestamp: time,
            file: comment.file, line: comment.line, unresolved: comment.unresolved,
            paragraphs: CommentEntry.paragraphs(of: comment.message))
    }

    private static func name(of account: Account?) -> String {
        account?.displayName ?? "Gerrit"
    }

    /// N from "(N comment)", "(N comments)" or "(N inline comments)" anywhere in the message.
    ///
    /// Read from the UTF-8 bytes (every message of a change passes here): "(", ASCII digits,
    /// then " comment" or " inline comment", as the Character version read it.
    static func commentCount(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { commentCount(in: $0) }
    }

    private static let commentWord = Array(" comment".utf8)
    private static let inlineCommentWords = Array(" inline comment".utf8)

    private static func commentCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "(") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
            if end > index + 1, starts(bytes, at: end, with: commentWord) || starts(bytes, at: end, with: inlineCommentWords),
               let number = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)) {
                return number
            }
            index += 1
        }
        return nil
    }

    /// Whether `word` (ASCII) starts at `offset` as whole Characters: a combining mark after its
    /// last letter would make that letter another Character, as the Character version saw it.
    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, with word: [UInt8]) -> Bool {
        guard offset + word.count <= bytes.count else { return false }
        for (position, byte) in word.enumerated() where bytes[offset + position] != byte { return false }
        let next = offset + word.count
        guard next < bytes.count, bytes[next] >= 0x80 else { return true }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset...]), as: UTF8.self)
        return rest.hasPrefix(String(decoding: word, as: UTF8.self))
    }

    /// A paragraph that only says how many inline comments follow.
    static func isCommentCount(_ paragraph: String) -> Bool {
        paragraph.hasPrefix("(") && paragraph.hasSuffix(")") && !paragraph.contains("\n")
            && commentCount(in: paragraph) != nil
    }

    /// Comments marked unresolved that no later comment on the same file and line resolved.
    static func unresolvedCount(in comments: [InlineComment]) -> Int {
        var open: [String: Bool] = [:]
        var order: [String] = []
        for (index, comment) in comments.enumerated() {
            guard let unresolved = comment.unresolved else { continue }
            // A file comment has no line; each one is its own thread.
            let key = comment.file + ":" + (comment.line.map(String.init) ?? "file#\(index)")
            if open[key] == nil { order.append(key) }
            open[key] = unresolved
        }
        return order.filter { open[$0] == true }.count
    }
}
