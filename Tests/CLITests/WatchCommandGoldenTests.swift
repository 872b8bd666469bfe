import Foundation
import GerritTestSupport
import Testing

@Suite("watch: golden output on the demo event stream")
struct WatchCommandGoldenTests {
    @Test(arguments: ["text", "json", "xml", "csv"])
    func watch(mode: String) throws {
        try DemoGolden().check(["watch", "--max-events", "8", "-m", mode], file: DemoGolden.fileName("watch", mode: mode))
    }

    @Test func groupFilterKeepsItsProjects() throws {
        try DemoGolden().check(["watch", "--max-events", "5", "-g", "nova"], file: DemoGolden.fileName("watch-group-nova"))
    }

    func records(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try DemoGolden().run(["watch", "--max-events", "12", "-m", "json"] + arguments)
        #expect(result.status == 0)
        return result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test func allKeepsBotCommentsAndBotMergesShowAnyway() throws {
        func isBotComment(_ record: [String: Any]) -> Bool {
            record["bot"] as? Bool == true && record["type"] as? String == "comment-added"
        }
        let all = try records(["--all"])
        #expect(all.count == 12)
        #expect(all.contains(where: isBotComment))
        let hidden = try records([])
        #expect(!hidden.contains(where: isBotComment))
        // Every merge on the demo (a Zuul server) is the bot's: it shows without --all.
        #expect(hidden.contains { $0["bot"] as? Bool == true && $0["type"] as? String == "change-merged" })
        // Its branch update is folded into the merge line, and never a raw type name.
        #expect(!hidden.contains { $0["type"] as? String == "ref-updated" })
        #expect(!hidden.contains { ($0["event"] as? String)?.contains("-") == true })
    }

    @Test func noBoldWhenColourIsOff_bug9_12() throws {
        // §9.12: the original printed bold codes even without --color.
        let plain = try DemoGolden().run(["watch", "--max-events", "3"])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("\u{1B}"))
        let coloured = try DemoGolden().run(["watch", "--max-events", "3", "--color"])
        #expect(coloured.stdout.contains("\u{1B}[1m"))
    }
}
