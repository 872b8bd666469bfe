import Foundation
import GerritTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue G, item 2: the terminal misbehaves under the UI. Ctrl-C, SIGTERM, SIGHUP sent to the
/// process and crashes are in `TriageJourneyTests`; here the terminal itself is the fault.
@Suite("G2 faults: the terminal is resized wildly or closed")
struct TerminalFaultTests {
    @Test("Thirty resizes in a burst, down to 1×1 and back: the UI comes back whole with the half-typed filter, q restores the terminal",
          .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func rapidResizes() throws {
        let session = try TriageJourneyTests.session(width: 80, height: 24)
        defer { session.kill() }
        try TriageJourneyTests.waitUntil(session) { TriageJourneyTests.selectedRow($0) != nil }
        try session.sendKeys("/")
        try session.sendText("nov")
        try session.waitForText("/nov")

        let sizes = [(1, 1), (200, 60), (2, 1), (40, 12), (1, 1), (120, 40), (1, 30), (300, 2), (80, 24), (1, 1)]
        for round in 0..<3 {
            for (width, height) in sizes { try session.resize(width: width + round, height: height) }
        }
        try session.resize(width: 1, height: 1)
        let tiny = try session.paneSize()
        #expect(tiny.width == 1 && tiny.height == 1, "tmux gave \(tiny)")
        Thread.sleep(forTimeInterval: 0.3)
        try session.resize(width: 80, height: 24)
        // Whole again: the tab, the rows and the filter being typed, nothing from the tiny sizes left over.
        let screen = try TriageJourneyTests.waitUntil(session) { screen in
            screen.contains { $0.contains("┏ Mine") } && screen.contains { $0.contains("/nov") }
                && !screen.contains { $0.contains("Terminal too small") }
        }
        #expect(screen.count == 24)
        // The typing goes on where it stopped.
        try session.sendText("a")
        try session.sendKeys("Enter")
        try TriageJourneyTests.waitUntil(session) { $0.contains { $0.contains("┏ Mine /nova") } }

        try session.sendKeys("q")
        try session.waitForText("EXIT=0")
        let modes = try TriageJourneyTests.waitUntil(session) { $0.contains("echo") }
        #expect(modes.contains("icanon"))
        #expect(modes.contains("echo"))
    }

    @Test("A terminal that cannot move its cursor (TERM=dumb) is refused with a message naming TERM, and left as it was",
          .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func terminalWithoutCursorAddressing() throws {
        let screen = try Self.refusedStart(#"TERM=dumb "$0" --demo"#)
        #expect(screen.joined().contains("TERM=dumb cannot move its cursor"), "\(screen)")
    }

    @Test("Without a usable ncurses (it is opened when the UI starts) the UI says what is missing, and leaves the terminal as it was",
          .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func missingNcurses() throws {
        let libraries = FileManager.default.temporaryDirectory.path + "/gm-no-ncurses-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: libraries, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: libraries) }
        // A "libncursesw.so.6" that is not a library stands for a missing or broken install.
        try Data("not a library".utf8).write(to: URL(fileURLWithPath: libraries + "/libncursesw.so.6"))
        let screen = try Self.refusedStart(#"LD_LIBRARY_PATH="$1" "$0" --demo"#, arguments: [libraries], width: 100)
        let text = screen.joined(separator: " ")
        #expect(text.contains("cannot load ncurses"), "\(screen)")
        #expect(text.contains("libncursesw.so.6"), "\(screen)")
    }

    /// Runs `start` in bash in tmux (`$0` the binary, `$1`… `arguments`): the UI should refuse to
    /// start with exit status 2 and leave the terminal in its cooked mode. Returns the screen.
    private static func refusedStart(_ start: String, arguments: [String] = [], width: Int = 80) throws -> [String] {
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        let script = start + #"; echo "EXIT=$?"; stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)'; sleep 10"#
        let session = try TmuxSession(command: ["bash", "-c", script, binary] + arguments, width: width, height: 24,
                                      environment: ["HOME": FileManager.default.temporaryDirectory.path])
        defer { session.kill() }
        let screen = try TriageJourneyTests.waitUntil(session) { $0.contains("echo") }
        #expect(screen.joined(separator: " ").contains("EXIT=2"), "\(screen)")
        #expect(screen.contains("icanon") && screen.contains("echo"), "\(screen)")
        return screen
    }

    @Test("Closing the terminal under the UI (the pty goes away, SIGHUP) ends the process instead of leaving it spinning",
          .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func closedTerminal() throws {
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        let pidFile = FileManager.default.temporaryDirectory.path + "/gm-closed-\(UUID().uuidString.prefix(8)).pid"
        defer { try? FileManager.default.removeItem(atPath: pidFile) }
        let script = #"echo $$ > "$1"; exec "$0" --demo"#
        let session = try TmuxSession(command: ["bash", "-c", script, binary, pidFile], width: 80, height: 24,
                                      environment: ["HOME": FileManager.default.temporaryDirectory.path])
        try TriageJourneyTests.waitUntil(session) { TriageJourneyTests.selectedRow($0) != nil }
        let pid = try #require(Int32((try String(contentsOfFile: pidFile, encoding: .utf8))
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.isRunning(pid))
        session.kill()  // the tmux server goes, and with it the pty: the UI gets SIGHUP and EOF
        let deadline = Date().addingTimeInterval(10)
        while Self.isRunning(pid) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!Self.isRunning(pid), "gerrymander \(pid) is still running after its terminal closed")
        if Self.isRunning(pid) { kill(pid, SIGKILL) }
    }

    @Test("Text half-typed in the built-in editor survives the terminal closing: the next start offers it on that change",
          .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func halfTypedTextSurvivesAClosedTerminal() throws {
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        let home = FileManager.default.temporaryDirectory.path + "/gm-hangup-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["HOME": home, "EDITOR": "", "VISUAL": ""]
        let session = try TmuxSession(command: [binary, "--demo"], width: 80, height: 24, environment: environment)
        let screen = try TriageJourneyTests.waitUntil(session) { TriageJourneyTests.selectedRow($0) != nil }
        let row = try #require(TriageJourneyTests.selectedRow(screen))
        let number = try #require(Int(row.drop { !$0.isNumber }.prefix { $0.isNumber }))
        try session.sendKeys("m")
        try session.waitForText("Write the message")
        try session.sendText("Half a sentence, then the")
        try session.waitForText("then the")
        // At once, within the delay of the drafts' save: the hang-up itself must write them.
        session.kill()  // SIGHUP: no Ctrl-S, no Esc

        let again = try TmuxSession(command: ["bash", "-c", #""$0" --demo; echo "EXIT=$?"; sleep 10"#, binary], width: 80, height: 24,
                                    environment: environment)
        defer { again.kill() }
        try TriageJourneyTests.waitUntil(again) { TriageJourneyTests.selectedRow($0) != nil }
        try again.sendKeys("#")
        try again.sendText("\(number)")
        try again.sendKeys("Enter")
        let offered = try TriageJourneyTests.waitUntil(again) { $0.contains { $0.contains("Not sent") } }
        let offer = try #require(offered.first { $0.contains("Not sent") })
        #expect(offer.contains("terminal closed") && offer.contains("Half a sentence"), "the offer: \(offer)")
        // No keeps it; m opens the editor on the kept text.
        try again.sendKeys("n")
        try again.sendKeys("m")
        try TriageJourneyTests.waitUntil(again) { screen in
            screen.contains { $0.contains("Write the message") } && screen.contains { $0.contains("║Half a sentence, then the") }
        }
        try again.sendKeys("Escape")
        // Apart, or Esc and q read as Alt-q.
        try again.waitForText("Kept as a draft")
        try again.sendKeys("q")
        try again.waitForText("EXIT=0")
    }

    /// Whether `pid` is alive and not a zombie waiting for a parent that is gone.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }
}
