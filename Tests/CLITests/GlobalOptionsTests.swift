import Foundation
import GerritTestSupport
import Testing

@Suite("Global command line")
struct GlobalOptionsTests {
    let gerrymander: BinaryRunner

    init() throws { gerrymander = try BinaryRunner(product: "gerrymander") }

    @Test func versionPrintsAVersionNumberAndSucceeds() throws {
        let result = try gerrymander.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func helpListsTheCommandsAndSucceeds() throws {
        let result = try gerrymander.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("changes"))
        #expect(result.stdout.contains("--demo"))
    }

    @Test func aMistypedCommandSuggestsTheRightOneWithUsageStatus() throws {
        let result = try gerrymander.run(["chnages"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'chnages' is not a gerrymander command"))
        #expect(result.stderr.contains("Did you mean 'changes'?"))
    }

    @Test func anUnknownOptionIsAUsageError() throws {
        let result = try gerrymander.run(["changes", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--no-such-option"))
    }
}

@Suite("Config errors on the command line")
struct ConfigErrorTests {
    @Test func aBrokenConfigLineGivesFileLineAndUsageStatus() throws {
        let gerrymander = try BinaryRunner(product: "gerrymander")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gm-bad-\(UUID().uuidString).conf")
        try "[server]\nhostname = review.example.org\nport = 29x18\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try gerrymander.run(["-c", file.path, "--demo", "changes"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):3: [server] port: \"29x18\" is not a number"))
    }
}
