import Foundation
import GerritTestSupport
import Testing

/// Error messages may quote text the user did not write (a server's error row, a config value
/// pasted from elsewhere): escape sequences in them must never reach the terminal.
@Suite("Error messages are sanitized before they reach the terminal")
struct ErrorSanitizingTests {
    @Test func anEscapeSequenceInAnErrorIsShownNotObeyed() throws {
        let demo = try DemoRun()
        let file = try DemoRun.configFile("[server]\nhostname = x\nport = 29\u{1B}[31m18\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try demo.run(["-c", file.path, "changes"])
        #expect(result.status == 2)
        #expect(!result.stderr.contains("\u{1B}"), "stderr: \(result.stderr.debugDescription)")
        #expect(result.stderr.contains("[server] port: \"29^[[31m18\" is not a number"))
    }
}
