import Foundation
import GerritTestSupport
import Testing

/// ncurses (and its terminfo library) is opened when the full-screen interface starts, not at
/// every start: a report never loads it.
@Suite struct NcursesLoadingTests {
    @Test func aReportNeverLoadsNcurses() throws {
        let demo = try DemoRun()
        // The loader lists every library it opens when LD_DEBUG=libs.
        let result = try demo.run(["--demo", "todo-anyones"], environment: ["LD_DEBUG": "libs"])
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(400))")
        #expect(result.stderr.contains("libsqlite3"), "the loader's list is there to look at")
        #expect(!result.stderr.contains("libncursesw"))
        #expect(!result.stderr.contains("libtinfo"))
    }
}
