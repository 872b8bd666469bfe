import Foundation
import GerritTestSupport
import Testing

/// The real gerrymander binary in a real terminal (tmux), on the simulated server.
@Suite("Triage UI end to end in tmux")
struct TriageJourneyTests {
    /// Runs `gerrymander --demo` and, after it exits, prints its status and the terminal modes
    /// that must be back on (a broken restore leaves `-icanon -echo`).
    static func session(width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        // The shell stays a while afterwards: once a pane dies, tmux scrolls its first line away.
        let script = #""$0" --demo; echo "EXIT=$?"; stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)'; sleep 10"#
        return try TmuxSession(command: ["bash", "-c", script, binary], width: width, height: height,
                               environment: ["HOME": FileManager.default.temporaryDirectory.path])
    }

    /// The row the cursor is on (the one with ▶), without borders.
    static func selectedRow(_ screen: [String]) -> String? {
        screen.first { $0.contains("▶") }
    }

    static func waitUntil(_ session: TmuxSession, timeout: Double = 10, _ check: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        while Date() < deadline {
            screen = try session.capture()
            if check(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError("The screen never got there:\n" + screen.map { "  |\($0)|" }.joined(separator: "\n"))
    }

    @Test("Open, move, open a change, read comments, toggle bots, switch tabs, filter, resize, quit",
          .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func journey() throws {
        let session = try Self.session()
        defer { session.kill() }
        // Start-up paints, then the demo server's list arrives.
        var screen = try Self.waitUntil(session) { Self.selectedRow($0) != nil }
        #expect(screen[0].contains("gerrymander"))
        #expect(screen.contains { $0.contains("┏ Mine") })
        let first = Self.selectedRow(screen)

        try session.sendKeys("j")
        screen = try Self.waitUntil(session) { Self.selectedRow($0) != first }
        let second = try #require(Self.selectedRow(screen))
        let number = try #require(second.split(separator: "▶").last?.split(separator: " ").first.map(String.init))

        try session.sendKeys("Enter")
        screen = try session.waitForText("owner ")
        #expect(screen[2].contains(number), "the detail pane shows the selected change")
        #expect(screen.contains { $0.contains("Votes") })

        try session.sendKeys("Enter")
        try session.waitForText("comments (humans)")
        screen = try Self.waitUntil(session) { $0.contains { $0.hasPrefix("┃PS") } }

        try session.sendKeys("b")
        screen = try session.waitForText("comments (all)")

        try session.sendKeys("Escape")
        try session.waitForText("┏ \(number)")
        try session.sendKeys("Escape")
        try session.waitForText("┏ Mine")

        try session.sendKeys("Right")
        try session.waitForText("┏ Anyone's")
        try session.sendKeys("Left")
        try session.waitForText("┏ Mine")

        try session.sendKeys("/")
        try session.sendText("nova")
        try session.sendKeys("Enter")
        screen = try session.waitForText("┏ Mine /nova")
        let rows = screen.filter { $0.hasPrefix("┃") && $0.contains(" nova") }
        #expect(!rows.isEmpty)

        try session.resize(width: 200, height: 50)
        screen = try session.waitForText("┌ watch")
        #expect(screen.contains { $0.contains("┏ Mine /nova") && $0.contains("comments") == false })
        try session.resize(width: 30, height: 10)
        try session.waitForText("Terminal too small")
        try session.resize(width: 80, height: 24)
        try session.waitForText("┏ Mine /nova")

        try session.sendKeys("q")
        screen = try session.waitForText("EXIT=0")
        #expect(screen.contains("icanon"), "canonical input is back after q")
        #expect(screen.contains("echo"), "echo is back after q")
    }

    @Test("Ctrl-C leaves the terminal as it found it", .enabled(if: TmuxSession.shouldRun, "tmux is not installed"),
          .timeLimit(.minutes(1)))
    func interrupt() throws {
        let session = try Self.session(width: 80, height: 24)
        defer { session.kill() }
        try session.waitForText("┏ Mine")
        try session.sendKeys("C-c")
        let screen = try session.waitForText("EXIT=130")
        #expect(screen.contains("icanon"))
        #expect(screen.contains("echo"))
        #expect(!screen.contains { $0.contains("┏ Mine") }, "the full-screen UI is gone")
    }

    @Test("SIGTERM leaves the terminal as it found it", .enabled(if: TmuxSession.shouldRun, "tmux is not installed"),
          .timeLimit(.minutes(1)))
    func terminate() throws {
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        // In the background (reading keys from /dev/tty), so the script can send the signal.
        let script = #""$0" --demo & pid=$!; sleep 1.5; kill -TERM $pid; wait $pid; echo "EXIT=$?"; "#
            + #"stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)'; sleep 10"#
        let session = try TmuxSession(command: ["bash", "-c", script, binary], width: 80, height: 24,
                                      environment: ["HOME": FileManager.default.temporaryDirectory.path])
        defer { session.kill() }
        try session.waitForText("┏ Mine")
        let screen = try session.waitForText("EXIT=143")
        #expect(screen.contains("icanon"))
        #expect(screen.contains("echo"))
    }
}
