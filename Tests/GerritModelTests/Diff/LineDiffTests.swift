import Testing
@testable import GerritModel

@Suite struct LineDiffTests {
    private func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func producesGitShapedHunks() throws {
        let old = (1...20).map { "line \($0)" }
        var new = old
        new[4] = "line five"
        new.insert("inserted", at: 15)
        let hunks = LineDiff.hunks(old: old, new: new)
        #expect(hunks.count == 2)
        #expect(hunks[0].header == "@@ -2,7 +2,7 @@")
        #expect(hunks[0].lines.map(\.kind) == [.context, .context, .context, .removed, .added, .context, .context, .context])
        #expect(hunks[1].header == "@@ -13,6 +13,7 @@")
        #expect(hunks[1].lines.first { $0.kind == .added }?.newNumber == 16)
    }

    @Test func closeChangesShareAHunkAndIdenticalTextsHaveNone() {
        let old = (1...10).map { "l\($0)" }
        var new = old
        new[2] = "x"
        new[6] = "y"
        #expect(LineDiff.hunks(old: old, new: new).count == 1)
        #expect(LineDiff.hunks(old: old, new: old).isEmpty)
    }

    @Test func newAndEmptiedFilesStartAtZero() {
        #expect(LineDiff.hunks(old: [], new: ["a", "b"]).first?.header == "@@ -0,0 +1,2 @@")
        #expect(LineDiff.hunks(old: ["a"], new: []).first?.header == "@@ -1,1 +0,0 @@")
    }

    @Test func agreesWithTheCountsOfARandomEdit() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let old = (0..<60).map { _ in "v\(Int.random(in: 0..<8, using: &rng))" }
            var new = old
            for _ in 0..<10 {
                if Bool.random(using: &rng), !new.isEmpty { new.remove(at: Int.random(in: 0..<new.count, using: &rng)) }
                else { new.insert("n\(Int.random(in: 0..<8, using: &rng))", at: Int.random(in: 0...new.count, using: &rng)) }
            }
            // Applying the hunks to old gives new.
            var rebuilt: [String] = []
            var at = 0
            for hunk in LineDiff.hunks(old: old, new: new, context: 0) {
                let start = hunk.oldCount == 0 ? hunk.oldStart : hunk.oldStart - 1
                rebuilt += old[at..<start]
                at = start + hunk.oldCount
                rebuilt += hunk.lines.filter { $0.kind != .removed }.map(\.text)
            }
            rebuilt += old[at...]
            #expect(rebuilt == new)
        }
    }

    @Test func textsWithNothingInCommonAreOneReplacementQuickly() {
        let old = (0..<6_000).map { "old \($0)" }, new = (0..<6_000).map { "new \($0)" }
        let hunks = LineDiff.hunks(old: old, new: new)
        #expect(hunks.count == 1)
        #expect(hunks[0].lines.count { $0.kind == .removed } == 6_000)
        #expect(hunks[0].lines.count { $0.kind == .added } == 6_000)
    }
}
