import Testing
@testable import GerritModel

@Suite struct UnifiedDiffParserTests {
    /// Real `git diff -M` output: a deletion, a binary file, a modification ending without a
    /// newline, a rename with a change, and a new file whose name git had to quote.
    static let gitOutput = #"""
diff --git a/gone.txt b/gone.txt
deleted file mode 100644
index b023018..0000000
--- a/gone.txt
+++ /dev/null
@@ -1 +0,0 @@
-bye
diff --git a/img.bin b/img.bin
index 8352675..00ffac9 100644
Binary files a/img.bin and b/img.bin differ
diff --git a/keep.py b/keep.py
index 2019eda..f8e9bea 100644
--- a/keep.py
+++ b/keep.py
@@ -1,7 +1,8 @@
 one
-two
+2
 three
 four
 five
 six
 seven
+eight
\ No newline at end of file
diff --git a/old_name.txt b/new_name.txt
similarity index 86%
rename from old_name.txt
rename to new_name.txt
index 1e395f2..9901384 100644
--- a/old_name.txt
+++ b/new_name.txt
@@ -5,4 +5,4 @@ delta
 epsilon
 zeta
 eta
-theta
+THETA
diff --git "a/tab\tname.txt" "b/tab\tname.txt"
new file mode 100644
index 0000000..45b983b
--- /dev/null
+++ "b/tab\tname.txt"
@@ -0,0 +1 @@
+hi
"""#

    @Test func readsEveryKindOfFileGitPrints() {
        let files = UnifiedDiffParser.parse(Self.gitOutput)
        #expect(files.map(\.path) == ["gone.txt", "img.bin", "keep.py", "new_name.txt", "tab\tname.txt"])
        #expect(files.map(\.status) == [.deleted, .modified, .modified, .renamed, .added])
        #expect(files[1].isBinary && files[1].hunks.isEmpty)
        #expect(files[3].oldPath == "old_name.txt" && files[3].similarity == 86)
        #expect(files.map(\.insertions) == [0, 0, 2, 1, 1])
        #expect(files.map(\.deletions) == [1, 0, 1, 1, 0])
    }

    @Test func numbersEveryLineOnItsSides() throws {
        let keep = try #require(UnifiedDiffParser.parse(Self.gitOutput).first { $0.path == "keep.py" })
        let lines = try #require(keep.hunks.first).lines
        #expect(lines[0] == DiffLine(kind: .context, text: "one", oldNumber: 1, newNumber: 1))
        #expect(lines[1].kind == .removed && lines[1].oldNumber == 2 && lines[1].newNumber == nil)
        #expect(lines[2].kind == .added && lines[2].newNumber == 2 && lines[2].text == "2")
        #expect(lines.last == DiffLine(kind: .added, text: "eight", newNumber: 8, missingNewline: true))
        let rename = try #require(UnifiedDiffParser.parse(Self.gitOutput).first { $0.status == .renamed })
        #expect(rename.hunks.first?.section == "delta")
        #expect(rename.hunks.first?.lines.first?.oldNumber == 5)
    }

    @Test func pairedLinesGetTheirIntralineChange() throws {
        let rename = try #require(UnifiedDiffParser.parse(Self.gitOutput).first { $0.status == .renamed })
        let lines = try #require(rename.hunks.first).lines
        // theta → THETA shares nothing at either end: a rewrite, no span.
        #expect(lines.allSatisfy { $0.changed == nil })
        let diff = """
            diff --git a/x.py b/x.py
            --- a/x.py
            +++ b/x.py
            @@ -1 +1 @@
            -    return compute(a, b)
            +    return compute(a, b, strict=True)
            """
        let file = try #require(UnifiedDiffParser.parse(diff).first)
        #expect(file.hunks[0].lines[0].changed == 23..<23)
        #expect(file.hunks[0].lines[1].changed == 23..<36)
    }

    @Test func plainDiffsAndTruncatedInputAreTolerated() {
        let plain = """
            --- old/a.c\t2024-01-01
            +++ new/a.c\t2024-01-02
            @@ -1,2 +1,2 @@
             int a;
            -int b;
            +long b;
            --- /dev/null
            +++ b/new.c
            @@ -0,0 +1,3 @@
            +x
            """
        let files = UnifiedDiffParser.parse(plain)
        #expect(files.count == 2)
        #expect(files[0].path == "new/a.c" && files[0].oldPath == "old/a.c")
        #expect(files[1].status == .added && files[1].path == "new.c")
        // The hunk promised 3 lines and got 1: kept as far as it went.
        #expect(files[1].hunks[0].lines.count == 1)
        #expect(UnifiedDiffParser.parse("").isEmpty)
        #expect(UnifiedDiffParser.parse("garbage\n@@ nonsense @@\n").isEmpty)
    }

    @Test func quotedPathsAreUnquoted() {
        #expect(UnifiedDiffParser.unquote(#""caf\303\251 \"x\".txt""#) == "café \"x\".txt")
        #expect(UnifiedDiffParser.unquote("plain") == "plain")
    }

    @Test func anyCutOrDamageOfRealOutputParsesWithoutTrapping() {
        let text = Self.gitOutput
        let characters = Array(text)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var damaged = characters
            for _ in 0..<Int.random(in: 1...6, using: &rng) where !damaged.isEmpty {
                let at = Int.random(in: 0..<damaged.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: damaged.remove(at: at)
                case 1: damaged.insert(["@", "-", "+", " ", "\n", "\"", "\\", ","].randomElement(using: &rng) ?? "@", at: at)
                default: damaged = Array(damaged[..<at])
                }
            }
            for file in UnifiedDiffParser.parse(String(damaged)) {
                for hunk in file.hunks {
                    for line in hunk.lines {
                        #expect(line.kind != .added || line.newNumber != nil)
                        if let changed = line.changed { #expect(changed.upperBound <= line.text.count) }
                    }
                    expectWithinHeader(hunk)
                }
            }
        }
    }

    /// No more lines on either side than the hunk's header says, numbered from its starts.
    func expectWithinHeader(_ hunk: DiffHunk, sourceLocation: SourceLocation = #_sourceLocation) {
        let old = hunk.lines.compactMap(\.oldNumber), new = hunk.lines.compactMap(\.newNumber)
        #expect(old.count <= hunk.oldCount && new.count <= hunk.newCount, "\(hunk)", sourceLocation: sourceLocation)
        #expect(old == Array(hunk.oldStart..<(hunk.oldStart + old.count)), "\(hunk)", sourceLocation: sourceLocation)
        #expect(new == Array(hunk.newStart..<(hunk.newStart + new.count)), "\(hunk)", sourceLocation: sourceLocation)
    }

    // Found by FuzzDiff (Fuzz/run.sh), or while writing its checks.

    /// FuzzDiff's first finding, on its own seed (the plain diff above as a file, so ending in
    /// a newline): the end of the text became an empty context line of a new file's hunk,
    /// numbered 0 on an old side that has no lines.
    @Test func aHunkCutShortAtTheEndOfTheTextGetsNoLineFromTheLastNewline() throws {
        let text = "--- old/a.c\\t2024-01-01\n+++ new/a.c\\t2024-01-02\n@@ -1,2 +1,2 @@\n int a;\n-int b;\n+long b;\n"
            + "--- /dev/null\n+++ b/new.c\n@@ -0,0 +1,3 @@\n+x\n"
        let files = UnifiedDiffParser.parse(text)
        let added = try #require(files.last?.hunks.first)
        #expect(added.lines == [DiffLine(kind: .added, text: "x", newNumber: 1)])
        for hunk in files.flatMap(\.hunks) { expectWithinHeader(hunk) }
    }

    /// "\r\n" is one Character: split by Characters, a file with CRLF line endings was one line.
    @Test func linesEndingInCRLFAreLinesOfTheirOwn() throws {
        let text = "diff --git a/w.txt b/w.txt\n--- a/w.txt\n+++ b/w.txt\n@@ -1,2 +1,2 @@\n one\r\n-two\r\n+2\r\n"
        let lines = try #require(UnifiedDiffParser.parse(text).first?.hunks.first).lines
        #expect(lines.map(\.text) == ["one", "two", "2"])
        #expect(lines.map(\.kind) == [.context, .removed, .added])
    }

    /// A combining mark after the marker makes one Character of the two: the lines were lost.
    @Test func aLineWhoseCodeStartsWithACombiningMarkKeepsItsMarker() throws {
        let text = "--- a/m.txt\n+++ b/m.txt\n@@ -1 +1 @@\n-\u{301}old\n+\u{301}new\n"
        let lines = try #require(UnifiedDiffParser.parse(text).first?.hunks.first).lines
        #expect(lines == [DiffLine(kind: .removed, text: "\u{301}old", oldNumber: 1),
                          DiffLine(kind: .added, text: "\u{301}new", newNumber: 1)])
    }

    /// A line for a side whose count is used up ends the hunk instead of being numbered past it.
    @Test func aLineTheHeaderHasNoRoomForEndsTheHunk() throws {
        let hunk = try #require(UnifiedDiffParser.parse("--- a/x\n+++ b/x\n@@ -1,1 +1,2 @@\n-a\n+b\n-c\n+d\n").first?.hunks.first)
        #expect(hunk.lines.map(\.text) == ["a", "b"])
        expectWithinHeader(hunk)
    }

    /// Numbering lines from a start near Int.max trapped on overflow (so did the diff pane's
    /// number width, adding start and count): such a header is not a hunk.
    @Test func hunkNumbersBeyondAnyFileAreRefused() {
        let files = UnifiedDiffParser.parse("--- a/x\n+++ b/x\n@@ -9223372036854775807,1 +1 @@\n-a\n+b\n")
        #expect(files.count == 1 && files[0].hunks.isEmpty)
        #expect(UnifiedDiffParser.parse("--- a/x\n+++ b/x\n@@ -1,9223372036854775807 +1 @@\n").first?.hunks.isEmpty == true)
        #expect(UnifiedDiffParser.parse("--- a/x\n+++ b/x\n@@ -2147483647,1 +1 @@\n-a\n+b\n").first?.hunks.count == 1)
    }
}
