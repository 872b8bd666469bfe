import Foundation
import GerritModel
@testable import Reports
import Testing

/// `CommentEntry.paragraphs(of:)`, `CommentThreads.commentCount(in:)` and
/// `CommentThreads.namedPatchSetNumber(in:)` read UTF-8 bytes; they
/// must say what the Character-by-Character versions they replaced said (kept here as the
/// reference), on every message of the demo world and on awkward text.
@Suite("Comment text read from bytes, as Characters read it")
struct CommentParagraphTests {
    /// The Character version `paragraphs(of:)` replaced.
    static func referenceParagraphs(_ text: String) -> [String] {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in lines {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }

    /// The Character version `commentCount(in:)` replaced.
    static func referenceCount(_ text: String) -> Int? {
        guard let open = text.firstIndex(of: "(") else { return nil }
        var search = text[open...]
        while let start = search.firstIndex(of: "(") {
            let after = search[search.index(after: start)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            let tail = after.dropFirst(digits.count)
            if let number = Int(digits), tail.hasPrefix(" comment") || tail.hasPrefix(" inline comment") {
                return number
            }
            search = after
        }
        return nil
    }

    static let awkward: [String] = [
        "", "\n", "\r\n", "a", "a\n\nb", "a  \t\r\n\r\n b \n", "x\r", "x\r\ry\r\n\r\nz", "x \r y", "\n\n\nend\n\n",
        "tail space   ", "e\u{301} \n\n\u{301}", " \u{301}\n\nnext", "line\r\n \t \r\nnext\r\n",
        "Patch Set 3:\n\n(2 comments)", "(12 inline comments)", "(1 comment)", "(comment)", "((3 comments)",
        "(3 commentś)", "(3 comment\u{301}s)", "(3 comment\u{301})", "(3\u{301} comments)", "(\u{301}3 comments)",
        "(99999999999999999999 comments)", "(4 comments", "x (5 comments) y (6 comments)", "(7 inline commentary)",
        "(8 comments)\u{200D}", "(9 comment\u{200D})", "(10 commen", "🙂(11 comments)", "(١٢ comments)",
        "Patch Set 3", "Patch Set 12: Verified+1", "Patch Set 3\u{301}: x", "Patch Set \u{301}3", "Patch Set  3",
        "Patch Set :", "Patch Set x", "Patch Set 4\r\nnext", "Patch set 5", "Uploaded patch set 6.", "Uploaded patch set 7",
        "Uploaded patch set ", "Patch Set ", "Patch Set 99999999999999999999: big", "Patch Set 123456789012345678",
        "Patch Set 1234567890123456789", "Patch Set ١٢", "\u{FEFF}Patch Set 8", "Patch Set 9\u{200D}", "Patch Set 10🙂",
        "Patch\u{00A0}Set 11", "UPLOADED PATCH SET 12",
    ]

    @Test func awkwardTextReadsTheSame() {
        for text in Self.awkward {
            #expect(CommentEntry.paragraphs(of: text) == Self.referenceParagraphs(text), "\(text.debugDescription)")
            #expect(CommentThreads.commentCount(in: text) == Self.referenceCount(text), "\(text.debugDescription)")
            #expect(CommentThreads.namedPatchSetNumber(in: text) == CommentThreads.namedPatchSet(in: text)?.number,
                    "\(text.debugDescription)")
        }
        // Read from the bytes, not from a bridged or sliced copy either.
        let bridged = String(Substring("xxPatch Set 31: ok").dropFirst(2))
        #expect(CommentThreads.namedPatchSetNumber(in: bridged) == 31)
    }

    @Test func everyMessageOfTheDemoWorldReadsTheSame() async throws {
        let changes = try await DemoData.changes(.status("open"), comments: true)
            + DemoData.changes(.status("merged"), comments: true)
        var messages = 0
        var counted = 0
        for change in changes {
            let texts = change.comments.map(\.message) + change.patchSets.flatMap { $0.comments.map(\.message) }
            for text in texts {
                messages += 1
                #expect(CommentEntry.paragraphs(of: text) == Self.referenceParagraphs(text), "change \(change.number)")
                let count = CommentThreads.commentCount(in: text)
                #expect(count == Self.referenceCount(text), "change \(change.number)")
                #expect(CommentThreads.namedPatchSetNumber(in: text) == CommentThreads.namedPatchSet(in: text)?.number,
                        "change \(change.number)")
                if count != nil { counted += 1 }
            }
        }
        #expect(messages > 1_000 && counted > 100, "\(messages) messages, \(counted) with a comment count")
    }
}
