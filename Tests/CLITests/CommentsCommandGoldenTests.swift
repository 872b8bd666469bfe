import Foundation
import GerritTestSupport
import Testing

@Suite("comments: golden output on the demo dataset")
struct CommentsCommandGoldenTests {
    @Test(arguments: ["text", "json", "xml", "csv"])
    func comments(mode: String) throws {
        try DemoGolden().check(["comments", "1035", "-m", mode], file: DemoGolden.fileName("comments", mode: mode))
    }

    @Test func currentShowsOnlyTheLastPatchSet() throws {
        try DemoGolden().check(["comments", "1035", "--current"], file: DemoGolden.fileName("comments-current"))
    }

    @Test func patchPicksThePatchSetNumber() throws {
        let result = try DemoGolden().run(["comments", "1035", "--patch", "1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Patch set 1 "))
        #expect(!result.stdout.contains("Patch set 2 "))
    }

    @Test func allKeepsTheBots() throws {
        try DemoGolden().check(["comments", "1035", "--all", "--patch", "2"], file: DemoGolden.fileName("comments-all-patch2"))
    }

    @Test func noCommentsHasOneSpace_bug9_14() throws {
        // §9.14: the original printed "No  comments" with two spaces.
        let result = try DemoGolden().run(["comments", "1001"])
        #expect(result.stdout.contains("  No comments\n"))
        #expect(!result.stdout.contains("No  comments"))
    }

    @Test func changeArgumentHelpDescribesTheChange_bug9_14() throws {
        // §9.14: the positional's help said "Filter based on status".
        let result = try DemoGolden().run(["comments", "--help"])
        #expect(result.stdout.contains("The change: its number or its Change-Id."))
        #expect(!result.stdout.contains("Filter based on status"))
    }

    @Test func commentsShowTheirTimeAndInlineCommentsFollowTheirReview_bug9_14() throws {
        // §9.14: no timestamps, and every inline comment came before every message.
        let lines = try DemoGolden().run(["comments", "1001", "--current"]).stdout.components(separatedBy: "\n")
        let review = try #require(lines.firstIndex { $0.hasPrefix("  Éric Harney (eharney) · 59 days ago: Code-Review-1") })
        #expect(lines[review + 3] == "    nova/virt/libvirt/config.py [unresolved]")
    }

    @Test func aChangeIdFindsTheSameChange() throws {
        let byNumber = try DemoGolden().run(["comments", "1035"])
        let byId = try DemoGolden().run(["comments", "I54cf4d887cd85c804cda781ee642e1058c96160e"])
        #expect(byId.status == 0)
        #expect(byId.stdout == byNumber.stdout)
    }

    @Test func aMissingPatchSetSaysWhichExist() throws {
        let result = try DemoGolden().run(["comments", "1035", "--patch", "9"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("change 1035 has no patch set 9; it has 1, 2."))
    }

    @Test func anUnknownChangeIsAServerSideError() throws {
        let result = try DemoGolden().run(["comments", "99999"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no change matches '99999'"))
    }

    @Test func configDefaultsApplyAndCanBeTurnedOff_bug9_9() throws {
        // §9.9: a true flag from the config could not be turned off on the command line.
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("gerrymander-comments-\(UUID()).conf")
        try "[organization]\nbots = zuul, jenkins\n\n[command-comments]\nall = true\n".write(to: config, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: config) }
        let withBots = try DemoGolden().run(["-c", config.path, "comments", "1001", "--current"])
        #expect(withBots.status == 0, "stderr: \(withBots.stderr)")
        #expect(withBots.stdout.contains("Zuul (zuul)"))
        let without = try DemoGolden().run(["-c", config.path, "comments", "1001", "--current", "--no-all"])
        #expect(!without.stdout.contains("Zuul (zuul)"))
        #expect(without.stdout.contains("hidden; --all shows them"))
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try DemoGolden().run(["comments", "1035"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try DemoGolden().run(["comments", "1035", "--color"])
        #expect(coloured.stdout.contains("\u{1B}[1mChange 1035"))
    }
}
