import Foundation
import GerritTestSupport
import Testing

/// Runs gerrymander on the demo dataset at a fixed "now" and compares stdout, byte for byte,
/// with `Golden/<name>` (the folder and `RECORD_GOLDEN=1` of GoldenOutputTests).
struct DemoGolden {
    let demo: DemoRun

    init() throws { demo = try DemoRun() }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try demo.run(["--demo"] + arguments)
    }

    /// The golden file name for a mode: `.txt` for text, else the mode.
    static func fileName(_ name: String, mode: String = "text") -> String {
        name + "." + (mode == "text" ? "txt" : mode)
    }

    /// Runs and compares with `Golden/<file>`; `RECORD_GOLDEN=1` re-records it.
    func check(_ arguments: [String], file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try run(arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped", sourceLocation: sourceLocation)
        let url = GoldenOutputTests.folder.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard result.stdout != expected else { return }
        let got = result.stdout.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
        let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
        Issue.record("""
        \(file) differs at line \(line + 1) (RECORD_GOLDEN=1 re-records):
        expected: \(line < want.count ? want[line] : "<end>")
             got: \(line < got.count ? got[line] : "<end>")
        """, sourceLocation: sourceLocation)
    }
}

@Suite("stats commands: golden output on the demo dataset")
struct StatsCommandsGoldenTests {
    static let modes = ["text", "json", "xml", "csv"]

    @Test(arguments: modes)
    func patchreviewstats(mode: String) throws {
        try DemoGolden().check(["patchreviewstats", "-g", "nova", "--days", "30", "-m", mode],
                               file: DemoGolden.fileName("patchreviewstats", mode: mode))
    }

    @Test(arguments: modes)
    func patchreviewrate(mode: String) throws {
        let fields = ["user", "team", "total", "week1", "week2", "week3", "week4"].flatMap { ["--field", $0] }
        try DemoGolden().check(["patchreviewrate", "-p", "openstack/nova", "-l", "8", "-m", mode] + fields,
                               file: DemoGolden.fileName("patchreviewrate", mode: mode))
    }

    @Test(arguments: modes)
    func openreviewstats(mode: String) throws {
        try DemoGolden().check(["openreviewstats", "-g", "nova", "-m", mode], file: DemoGolden.fileName("openreviewstats", mode: mode))
    }

    @Test func patchreviewrateShowsFiftyTwoWeeksByDefault() throws {
        let result = try DemoGolden().run(["patchreviewrate", "-p", "openstack/nova", "-m", "csv"])
        #expect(result.status == 0)
        let header = result.stdout.components(separatedBy: "\r\n").dropFirst().first ?? ""
        #expect(header.hasPrefix("User,Team,Total,1 week,2 weeks"))
        #expect(header.hasSuffix(",52 weeks"))
    }

    @Test func openreviewstatsHonoursLimitSortAndTheAgeField() throws {
        let result = try DemoGolden().run(["openreviewstats", "-g", "nova", "-l", "2", "--field", "url",
                                           "--field", "age", "--sort", "age", "-m", "csv"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let blocks = result.stdout.components(separatedBy: "\r\n\r\n")
        let table = blocks.last?.components(separatedBy: "\r\n").filter { !$0.isEmpty } ?? []
        #expect(table.count == 4)
        #expect(table[1] == "URL,Age")
    }

    @Test func emptyTopicSendsNoTopicClause_bug9_4() throws {
        // §9.4: the default empty --topic sent `( topic: )`, asking for changes with no topic.
        let result = try DemoGolden().run(["-d", "openreviewstats", "-p", "openstack/nova"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("project:openstack/nova AND status:open AND branch:master"))
        #expect(!result.stderr.contains("topic:"))
        let withTopic = try DemoGolden().run(["-d", "openreviewstats", "-p", "openstack/nova", "--topic", "bp/unified-limits"])
        #expect(withTopic.stderr.contains("topic:bp/unified-limits"))
    }

    @Test func compoundReportsWorkInCSV_bug9_8() throws {
        // §9.8: -m csv crashed with NotImplementedError on patchreviewstats and openreviewstats.
        for arguments in [["patchreviewstats", "-g", "nova"], ["openreviewstats", "-g", "nova"]] {
            let result = try DemoGolden().run(arguments + ["-m", "csv"])
            #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
            #expect(result.stdout.hasSuffix("\r\n"))
            #expect(result.stdout.components(separatedBy: "\r\n\r\n").count >= 2)
        }
    }

    @Test func aProjectSelectionIsRequired() throws {
        let result = try DemoGolden().run(["patchreviewstats"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("one of --project, --group or --all-groups is required"))
    }

    @Test func projectAndGroupAreMutuallyExclusive() throws {
        let result = try DemoGolden().run(["openreviewstats", "-p", "openstack/nova", "-g", "nova"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("mutually exclusive"))
    }

    @Test func anUnknownGroupNamesTheKnownOnes() throws {
        let result = try DemoGolden().run(["patchreviewrate", "-g", "octavia"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown group 'octavia'"))
        #expect(result.stderr.contains("nova, neutron"))
    }

    @Test func anUnknownFieldIsAUsageError() throws {
        let result = try DemoGolden().run(["patchreviewstats", "-g", "nova", "--field", "nope"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown field 'nope'"))
    }

    @Test func anUnknownModeIsAUsageError() throws {
        let result = try DemoGolden().run(["openreviewstats", "-g", "nova", "-m", "yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'yaml'"))
    }
}
