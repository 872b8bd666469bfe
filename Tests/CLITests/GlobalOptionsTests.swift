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
