import GerritModel
import Output
import Reports
import Testing

@Suite struct DiffTextLayoutTests {
    static let diff = PatchDiff(change: 9, patchSet: 2, files: UnifiedDiffParser.parse("""
        diff --git a/x.c b/x.c
        --- a/x.c
        +++ b/x.c
        @@ -1,2 +1,2 @@ int main()
        -\treturn f(1);
        +\treturn f(1, 2); \u{1B}]52;c;aGk=\u{07}
         }
        """))

    @Test func plainTextIsGitsDiffWithTheCommentsUnderTheirLinesAndNoEscapes() {
        let note = DiffNote(patchSet: 2, side: .new, file: "x.c", line: 1, author: "Ann\u{1B}[2J", isBot: false, isUnresolved: true,
                            lines: ["why 2?"])
        let text = DiffTextLayout(color: false).render(DiffDocument(diff: Self.diff, notes: [note], layout: .unified))
        #expect(text == """
            Change 9,2 against its parent · 1 file +1 -1
            diff --git a/x.c b/x.c
            --- a/x.c
            +++ b/x.c
            @@ -1,2 +1,2 @@ int main()
            -\treturn f(1);
            +\treturn f(1, 2); ^[]52;c;aGk=^G
                ▌ Ann^[[2J [unresolved] (PS2, line 1)
                ▌   why 2?
             }

            """)
    }

    @Test func colourMarksLinesAndTheChangedPart() {
        let text = DiffTextLayout(color: true).render(DiffDocument(diff: Self.diff, notes: [], layout: .unified))
        #expect(text.contains("\u{1B}[31m-\treturn f(1\u{1B}[0m"))
        #expect(text.contains("\u{1B}[32m+\treturn f(1\u{1B}[0m\u{1B}[32m\u{1B}[1m, 2"))
    }
}
