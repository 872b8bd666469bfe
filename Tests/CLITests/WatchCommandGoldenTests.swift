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

    @Test func allKeepsBotEvents() throws {
        let result = try DemoGolden().run(["watch", "--max-events", "12", "--all", "-m", "json"])
        #expect(result.status == 0)
        let records = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(records.count == 12)
        #expect(records.contains { $0["bot"] as? Bool == true })
        let hidden = try DemoGolden().run(["watch", "--max-events", "12", "-m", "json"])
        #expect(!hidden.stdout.contains("\"bot\":true"))
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
