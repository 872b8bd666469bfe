import Foundation
import GerritTestSupport
import Testing

@Suite("diff: the demo's patch sets with comments under their lines")
struct DiffCommandGoldenTests {
    @Test func aPatchSetAgainstItsParentWithItsComments() throws {
        try DemoGolden().check(["diff", "1006"], file: DemoGolden.fileName("diff-1006"))
    }

    @Test func anInterPatchSetDiff() throws {
        try DemoGolden().check(["diff", "1006,5", "--base", "3"], file: DemoGolden.fileName("diff-1006-5-base-3"))
    }

    @Test func filesNarrowItAndColourIsAskedFor() throws {
        let all = try DemoGolden().run(["diff", "1318"])
        let files = all.stdout.split(separator: "\n").filter { $0.hasPrefix("diff --git ") }
        #expect(files.count > 1)
        let path = try #require(files.first.map { String($0.split(separator: " ").last ?? "").dropFirst(2) })
        let one = try DemoGolden().run(["diff", "1318", String(path)])
        #expect(one.status == 0)
        #expect(one.stdout.split(separator: "\n").filter { $0.hasPrefix("diff --git ") }.count == 1)
        let colored = try DemoGolden().run(["diff", "1006", "--color", "always"])
        #expect(colored.stdout.contains("\u{1B}[32m+"))
        #expect(!all.stdout.contains("\u{1B}["))
    }

    @Test func mistakesAreUsageErrors() throws {
        let noPatchSet = try DemoGolden().run(["diff", "1006,99"])
        #expect(noPatchSet.status == 2)
        #expect(noPatchSet.stderr.contains("has no patch set 99"))
        let badBase = try DemoGolden().run(["diff", "1006,2", "--base", "2"])
        #expect(badBase.status == 2)
        #expect(badBase.stderr.contains("--base must be a patch set before 2"))
        let notAChange = try DemoGolden().run(["diff", "abc"])
        #expect(notAChange.status == 2)
        let json = try DemoGolden().run(["diff", "1006", "-m", "json"])
        #expect(json.status == 2 && json.stderr.contains("text) only"))
    }
}
