import Foundation
import GerritTestSupport
import Testing

/// Runs gerrymander on the demo dataset at a fixed "now" and compares stdout with a golden file.
struct DemoGolden {
    /// The dataset's "now" (2025-11-24 16:00 UTC), passed to the binary as GERRYMANDER_NOW.
    static let now = "1764000000"

    let gerrymander: BinaryRunner

    init() throws { gerrymander = try BinaryRunner(product: "gerrymander") }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try gerrymander.run(["--demo"] + arguments, environment: ["GERRYMANDER_NOW": Self.now, "TZ": "UTC"])
    }

    /// Runs and compares with `Snapshots/<name>.txt` (CSV's CRLF compared as LF).
    func check(_ arguments: [String], named name: String, filePath: String = #filePath,
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try run(arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        var lines = result.stdout.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        assertSnapshot(lines: lines, named: name, filePath: filePath, sourceLocation: sourceLocation)
    }
}

@Suite("stats commands: golden output on the demo dataset")
struct StatsCommandsGoldenTests {
    static let modes = ["text", "json", "xml", "csv"]

    @Test(arguments: modes)
    func patchreviewstats(mode: String) throws {
        try DemoGolden().check(["patchreviewstats", "-g", "nova", "--days", "30", "-m", mode],
                               named: "patchreviewstats-\(mode)")
    }

    @Test(arguments: modes)
    func patchreviewrate(mode: String) throws {
        let fields = ["user", "team", "total", "week1", "week2", "week3", "week4"].flatMap { ["--field", $0] }
        try DemoGolden().check(["patchreviewrate", "-p", "openstack/nova", "-l", "8", "-m", mode] + fields,
                               named: "patchreviewrate-\(mode)")
    }

    @Test(arguments: modes)
    func openreviewstats(mode: String) throws {
        try DemoGolden().check(["openreviewstats", "-g", "nova", "-m", mode], named: "openreviewstats-\(mode)")
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

    @Test func emptyTopicSendsNoTopicClause() throws {
        // §9.4: the default empty --topic sent `( topic: )`, asking for changes with no topic.
        let result = try DemoGolden().run(["-d", "openreviewstats", "-p", "openstack/nova"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("project:openstack/nova AND status:open AND branch:master"))
        #expect(!result.stderr.contains("topic:"))
        let withTopic = try DemoGolden().run(["-d", "openreviewstats", "-p", "openstack/nova", "--topic", "bp/unified-limits"])
        #expect(withTopic.stderr.contains("topic:bp/unified-limits"))
    }

    @Test func compoundReportsWorkInCSV() throws {
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
