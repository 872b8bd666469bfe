import Foundation
import Reports
import TerminalText

/// What the comments pane shows of one change: Reports' comment threads, newest patch set
/// first, with every piece of server text sanitized for the terminal.
///
/// Nothing here decides which comments exist, where an inline comment goes, what CI said or
/// what is unresolved: `CommentThreads` does, for `comments` and for this pane alike. This only
/// picks the order (newest first, as a reviewer reads a pane) and makes text safe to draw.
public struct CommentsPane: Hashable, Sendable {
    /// One comment: a review message, or an inline comment under the message that published it.
    public struct Comment: Hashable, Sendable {
        /// Message or inline comment.
        public var kind: CommentEntry.Kind
        /// The author's name, sanitized.
        public var author: String
        /// Whether the author is a configured bot.
        public var isBot: Bool
        /// When it was written (an inline comment takes its message's time).
        public var time: Date?
        /// The votes after "Patch Set N:" ("Code-Review-1"), sanitized; "" for none.
        public var votes: String
        /// `file:line` of an inline comment, sanitized.
        public var location: String?
        /// The file and line of an inline comment as the server sent them: where a reply goes.
        public var file: String?
        public var line: Int?
        /// Whether an inline comment is still unresolved.
        public var isUnresolved: Bool
        /// The text, one string per line, paragraphs separated by an empty line; sanitized.
        public var lines: [String]
    }

    /// What one CI system said about a patch set.
    public struct Verdict: Hashable, Sendable {
        /// The bot's name, sanitized.
        public var bot: String
        /// Its verdict.
        public var status: CIStatus
    }

    /// One patch set's comments and CI line.
    public struct PatchSet: Hashable, Sendable {
        /// The patch set number.
        public var number: Int
        /// Every CI system of the change, with its verdict on this patch set.
        public var ci: [Verdict]
        /// The comments shown, in time order.
        public var comments: [Comment]
        /// Bots' comments left out.
        public var hiddenBots: Int
        /// Unresolved inline comments on this patch set.
        public var unresolved: Int
    }

    /// The patch sets, newest first.
    public var patchSets: [PatchSet]
    /// Unresolved inline comments on the whole change (the pane's title shows it).
    public var unresolvedCount: Int

    /// The pane of `threads`.
    public init(_ threads: CommentThreads) {
        unresolvedCount = threads.unresolvedCount
        patchSets = threads.patchSets.reversed().map { thread in
            PatchSet(number: thread.number,
                     ci: thread.ci.results.map { Verdict(bot: sanitizeLine($0.bot), status: $0.status) },
                     comments: thread.entries.map(Self.comment),
                     hiddenBots: thread.hiddenBotEntries, unresolved: thread.unresolvedCount)
        }
    }

    private static func comment(_ entry: CommentEntry) -> Comment {
        var lines: [String] = []
        for paragraph in entry.paragraphs {
            if !lines.isEmpty { lines.append("") }
            lines += sanitizeMultiline(paragraph).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return Comment(kind: entry.kind, author: sanitizeLine(entry.authorName), isBot: entry.isBot, time: entry.timestamp,
                       votes: entry.summary.map { sanitizeLine($0) } ?? "", location: entry.location.map { sanitizeLine($0) },
                       file: entry.file, line: entry.line,
                       isUnresolved: entry.unresolved == true, lines: lines)
    }
}
