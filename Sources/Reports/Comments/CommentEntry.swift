import Foundation
import GerritModel

/// One comment in a patch set's thread: a review message or an inline comment on a file.
///
/// The text is kept as paragraphs (split at blank lines), each with its own line breaks, so a
/// renderer can wrap prose and still keep a CI report's job list one job per line.
public struct CommentEntry: Sendable, Hashable {
    /// What kind of comment this is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A change message: a review with its votes, or a note such as "Abandoned".
        case message
        /// A comment on a file (and usually a line) of the patch set.
        case inline
    }

    /// Message or inline comment.
    public var kind: Kind
    /// Who wrote it; nil for messages Gerrit wrote itself.
    public var author: Account?
    /// The name to show: full name, else username, else "Gerrit".
    public var authorName: String
    /// Whether the author is a configured bot.
    public var isBot: Bool
    /// When it was written. Inline comments carry no time in `gerrit query`, so they take the
    /// time of the review message that published them (nil when there is none).
    public var timestamp: Date?
    /// The file of an inline comment (`/COMMIT_MSG` for the commit message).
    public var file: String?
    /// The line of an inline comment; nil for a comment on the whole file.
    public var line: Int?
    /// Whether an inline comment is unresolved (nil on servers before 2.15 and for messages).
    public var unresolved: Bool?
    /// For a review message: what followed "Patch Set N:" on its first line, usually the votes
    /// ("Code-Review+2 Workflow+1"); nil when there was nothing.
    public var summary: String?
    /// The text, split at blank lines; each paragraph keeps its own line breaks.
    public var paragraphs: [String]

    /// Creates an entry.
    public init(kind: Kind, author: Account?, authorName: String, isBot: Bool, timestamp: Date?,
                file: String? = nil, line: Int? = nil, unresolved: Bool? = nil, summary: String? = nil,
                paragraphs: [String]) {
        self.kind = kind
        self.author = author
        self.authorName = authorName
        self.isBot = isBot
        self.timestamp = timestamp
        self.file = file
        self.line = line
        self.unresolved = unresolved
        self.summary = summary
        self.paragraphs = paragraphs
    }

    /// `file:line`, or just the file for a file comment; nil for messages.
    public var location: String? {
        guard let file else { return nil }
        guard let line else { return file }
        return "\(file):\(line)"
    }

    /// The whole text: the summary line, then the paragraphs, separated by blank lines.
    public var text: String {
        ([summary].compactMap { $0 } + paragraphs).joined(separator: "\n\n")
    }

    /// Splits text at blank lines; trailing spaces go, line breaks inside a paragraph stay.
    ///
    /// Runs for every message of a change whenever comments are shown (CI reports run to
    /// hundreds of lines), so it works on the UTF-8 bytes: a line ends at "\n" or "\r\n" (the
    /// only line breaks Swift's own Characters see), and trailing spaces and tabs go, exactly
    /// as the Character-by-Character version did at a tenth of the cost (checked against it in
    /// `CommentParagraphTests`).
    public static func paragraphs(of text: String) -> [String] {
        // A native string's bytes are read in place; any other is made native first.
        if let paragraphs = text.utf8.withContiguousStorageIfAvailable(paragraphs(ofUTF8:)) { return paragraphs }
        var native = text
        native.makeContiguousUTF8()
        return native.utf8.withContiguousStorageIfAvailable(paragraphs(ofUTF8:)) ?? []
    }

    /// `paragraphs(of:)` over the text's UTF-8 bytes, each paragraph gathered as bytes (its lines
    /// joined with "\n") and made into one string: every cut is at an ASCII byte, so no
    /// character is ever split.
    private static func paragraphs(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var paragraphs: [String] = []
        var current: [UInt8] = []
        var lineStart = 0
        func endLine(at lineEnd: Int) {
            // Drop the "\r" of "\r\n", then trailing spaces and tabs.
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == UInt8(ascii: "\r"), end < bytes.count { end -= 1 }
            while end > lineStart, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") {
                end -= 1
            }
            if end == lineStart {
                if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            } else {
                if !current.isEmpty { current.append(UInt8(ascii: "\n")) }
                current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]))
            }
        }
        for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "\n") {
            endLine(at: index)
            lineStart = index + 1
        }
        endLine(at: bytes.count)
        if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
        return paragraphs
    }
}
