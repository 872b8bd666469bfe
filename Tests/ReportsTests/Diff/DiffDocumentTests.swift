import GerritModel
import Testing
@testable import Reports

@Suite struct DiffDocumentTests {
    static let text = """
        diff --git a/a.py b/a.py
        --- a/a.py
        +++ b/a.py
        @@ -1,4 +1,5 @@
         one
        -two
        -three
        +2
        +3
        +3.5
         four
        """
    static let diff = PatchDiff(change: 7, patchSet: 3, base: .patchSet(2), files: UnifiedDiffParser.parse(text))

    func note(_ side: DiffNote.Side, _ line: Int?, bot: Bool = false, file: String = "a.py") -> DiffNote {
        DiffNote(patchSet: side == .new ? 3 : 2, side: side, file: file, line: line, author: bot ? "Zuul" : "Ann", isBot: bot,
                 isUnresolved: false, lines: ["text"])
    }

    @Test func sideBySidePairsARemovedRunWithTheAddedRunAfterIt() {
        let document = DiffDocument(diff: Self.diff, notes: [], layout: .sideBySide)
        let pairs = document.rows.compactMap { row -> String? in
            guard case .pair(_, _, let old, let new) = row else { return nil }
            return "\(old.map(String.init) ?? "-"):\(new.map(String.init) ?? "-")"
        }
        // Line indexes in the hunk: one, two, three, 2, 3, 3.5, four.
        #expect(pairs == ["0:0", "1:3", "2:4", "-:5", "6:6"])
    }

    @Test func notesGoUnderTheirSidesLineOrUnderTheFile() {
        let notes = [note(.new, 3), note(.old, 2), note(.new, 40), note(.new, nil), note(.old, 4)]
        let document = DiffDocument(diff: Self.diff, notes: notes, layout: .unified)
        func lineAbove(_ index: Int) -> DiffLine? {
            let row = document.noteRows[index]
            guard case .line(0, 0, let l) = document.rows[row - 1] else { return nil }
            return Self.diff.files[0].hunks[0].lines[l]
        }
        // Outside the hunks and on the whole file: under the file's name, first.
        #expect(document.notes.map(\.line) == [40, nil, 2, 3, 4])
        #expect(document.noteRows[0] == 1 && document.noteRows[1] == 3)
        #expect(lineAbove(2)?.text == "two" && lineAbove(2)?.kind == .removed)
        #expect(lineAbove(3)?.text == "3" && lineAbove(3)?.newNumber == 3)
        // Old line 4 is "four", a context line: its old-side note sits under it too.
        #expect(lineAbove(4)?.text == "four")
        #expect(document.fileRows == [0])
    }

    @Test func notesOfAChangeKeepTheShownAndBasePatchSetsAndDropBotsUnlessAsked() {
        let human = Account(name: "Ann", username: "ann"), bot = Account(name: "Zuul", username: "zuul")
        let change = Change(number: 7, patchSets: [
            PatchSet(number: 1, comments: [InlineComment(file: "a.py", line: 1, reviewer: human, message: "old PS")]),
            PatchSet(number: 2, comments: [InlineComment(file: "a.py", line: 2, reviewer: human, message: "base")]),
            PatchSet(number: 3, comments: [InlineComment(file: "a.py", line: 3, reviewer: human, message: "shown\nsecond line"),
                                           InlineComment(file: "a.py", line: 3, reviewer: bot, message: "ci"),
                                           InlineComment(file: "/PATCHSET_LEVEL", reviewer: human, message: "overall"),
                                           InlineComment(file: "/COMMIT_MSG", line: 7, reviewer: human, message: "msg")]),
        ])
        let bots = BotMatcher(names: ["zuul"])
        let (notes, hidden) = DiffNote.notes(of: change, patchSet: 3, base: .patchSet(2), bots: bots, includeBots: false)
        // The commit message is a file of the diff; other pseudo files are not.
        #expect(notes.map(\.lines) == [["shown", "second line"], ["msg"], ["base"]])
        #expect(notes.map(\.side) == [.new, .new, .old])
        #expect(hidden == 1)
        let parent = DiffNote.notes(of: change, patchSet: 3, base: .parent, bots: bots, includeBots: true)
        #expect(parent.notes.map(\.author) == ["Ann", "Zuul", "Ann"] && parent.hiddenBots == 0)
    }

    @Test func aNewCommentGoesOnTheNewSideLineAtOrAboveARow() throws {
        let document = DiffDocument(diff: Self.diff, notes: [], layout: .unified)
        // Row 0 file, 1 hunk, 2 "one", 3 "-two", 4 "-three", 5 "+2".
        #expect(document.newSideLine(atRow: 1) == nil)
        #expect(try #require(document.newSideLine(atRow: 4)) == ("a.py", 1))
        #expect(try #require(document.newSideLine(atRow: 5)) == ("a.py", 2))
    }
}
