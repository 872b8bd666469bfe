import Foundation
import GerritModel
import Reports
import Testing

@Suite("comment entries")
struct CommentEntryTests {
    @Test func paragraphsSplitAtBlankLinesKeepLineBreaksAndDropTrailingSpace() {
        let text = "First line  \r\nsecond line\r\n\r\n \n\n- job one : SUCCESS\n- job two : FAILURE\n\n"
        #expect(CommentEntry.paragraphs(of: text) == ["First line\nsecond line", "- job one : SUCCESS\n- job two : FAILURE"])
        #expect(CommentEntry.paragraphs(of: "") == [])
    }

    @Test func locationIsFileAndLineOrJustTheFile() {
        let inline = CommentEntry(kind: .inline, author: nil, authorName: "A", isBot: false, timestamp: nil,
                                  file: "a.py", line: 3, paragraphs: [])
        #expect(inline.location == "a.py:3")
        var fileLevel = inline
        fileLevel.line = nil
        #expect(fileLevel.location == "a.py")
    }

    @Test func messagesWithoutAnAuthorAreGerrits() {
        var change = CommentFixtures.change
        change.comments.append(ChangeMessage(timestamp: CommentFixtures.at(22), message: "Change has been successfully merged"))
        let threads = CommentThreads(change: change, options: .init(bots: CommentFixtures.bots))
        let last = threads.patchSets.last?.entries.last
        #expect(last?.authorName == "Gerrit")
        #expect(last?.paragraphs == ["Change has been successfully merged"])
        #expect(CommentThreads.unresolvedCount(of: change) == threads.unresolvedCount)
    }
}
