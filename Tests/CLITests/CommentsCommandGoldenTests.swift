import Foundation
import GerritTestSupport
import Testing

@Suite("comments: golden output on the demo dataset")
struct CommentsCommandGoldenTests {
    @Test(arguments: ["text", "json", "xml", "csv"])
    func comments(mode: String) throws {
        try DemoGolden().check(["comments", "1035", "-m", mode], named: "comments-\(mode)")
    }

    @Test func currentShowsOnlyTheLastPatchSet() throws {
        try DemoGolden().check(["comments", "1035", "--current"], named: "comments-current")
    }

    @Test func patchPicksThePatchSetNumber() throws {
        let result = try DemoGolden().run(["comments", "1035", "--patch", "1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Patch set 1 "))
        #expect(!result.stdout.contains("Patch set 2 "))
    }

    @Test func allKeepsTheBots() throws {
        try DemoGolden().check(["comments", "1035", "--all", "--patch", "2"], named: "comments-all-patch2")
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

    @Test func colourOnlyWhenAsked() throws {
        let plain = try DemoGolden().run(["comments", "1035"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try DemoGolden().run(["comments", "1035", "--color"])
        #expect(coloured.stdout.contains("\u{1B}[1mChange 1035"))
    }
}
