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

    @discardableResult
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
        // A capture can catch the frame between the rows it rewrites, with no ▶ on either.
        screen = try Self.waitUntil(session) { Self.selectedRow($0).map { $0 != first } ?? false }
        let second = try #require(Self.selectedRow(screen))
        let number = try #require(second.split(separator: "▶").last?.split(separator: " ").first.map(String.init))

        try session.sendKeys("Enter")
        // A capture can catch a frame half written: wait for the whole of it.
        screen = try Self.waitUntil(session) { screen in
            screen[2].contains(number) && screen.contains { $0.contains("owner ") } && screen.contains { $0.contains("Votes") }
        }

        try session.sendKeys("Enter")
        try session.waitForText("comments (humans")
        screen = try Self.waitUntil(session) { $0.contains { $0.hasPrefix("┃PS") } }

        try session.sendKeys("b")
        screen = try session.waitForText("comments (all")

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
        screen = try Self.waitUntil(session) { screen in
            screen.contains { $0.contains("┏ Mine /nova") } && screen.contains { $0.hasPrefix("┃") && $0.contains(" nova") }
        }

        try session.resize(width: 200, height: 50)
        try Self.waitUntil(session) { screen in
            screen.contains { $0.contains("┌ watch") } && screen.contains { $0.contains("┏ Mine /nova") }
                && screen.contains { $0.contains("comments (all") }
        }
        try session.resize(width: 30, height: 10)
        try session.waitForText("Terminal too small")
        try session.resize(width: 80, height: 24)
        try session.waitForText("┏ Mine /nova")

        try session.sendKeys("q")
        try session.waitForText("EXIT=0")
        screen = try Self.waitUntil(session) { $0.contains("echo") }
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
        try session.waitForText("EXIT=130")
        let screen = try Self.waitUntil(session) { $0.contains("echo") }
        #expect(screen.contains("icanon"))
        #expect(screen.contains("echo"))
        #expect(!screen.contains { $0.contains("┏ Mine") }, "the full-screen UI is gone")
    }

    /// SIGTERM and SIGHUP end the program; SIGSEGV and SIGABRT stand in for a crash (the
    /// handler restores the terminal, then dies of the same signal).
    @Test("Signals and crashes leave the terminal as it found it", .enabled(if: TmuxSession.shouldRun, "tmux is not installed"),
          .timeLimit(.minutes(1)), arguments: [("TERM", 143), ("HUP", 129), ("SEGV", 139), ("ABRT", 134)])
    func terminate(signal: String, status: Int) throws {
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        // In the background (reading keys from /dev/tty), so the script can send the signal.
        let script = #""$0" --demo & pid=$!; sleep 1.5; kill -$1 $pid; wait $pid; echo "EXIT=$?"; "#
            + #"stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)'; sleep 10"#
        let session = try TmuxSession(command: ["bash", "-c", script, binary, signal], width: 80, height: 24,
                                      environment: ["HOME": FileManager.default.temporaryDirectory.path])
        defer { session.kill() }
        try session.waitForText("┏ Mine")
        try session.waitForText("EXIT=\(status)")
        let screen = try Self.waitUntil(session) { $0.contains("echo") }
        #expect(screen.contains("icanon"))
        #expect(screen.contains("echo"))
    }

    @Test("Ctrl-Z gives the shell back; fg brings the UI back", .enabled(if: TmuxSession.shouldRun, "tmux is not installed"),
          .timeLimit(.minutes(1)))
    func suspend() throws {
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        let session = try TmuxSession(command: ["bash", "--norc", "--noprofile", "-i"], width: 80, height: 24,
                                      environment: ["PS1": "PROMPT$ ", "HOME": FileManager.default.temporaryDirectory.path])
        defer { session.kill() }
        try session.waitForText("PROMPT$")
        try session.sendText("'\(binary)' --demo")
        try session.sendKeys("Enter")
        try Self.waitUntil(session) { Self.selectedRow($0) != nil }
        try session.sendKeys("C-z")
        var screen = try session.waitForText("Stopped")
        #expect(!screen.contains { $0.contains("┏ Mine") })
        try session.sendText("fg")
        try session.sendKeys("Enter")
        screen = try session.waitForText("┏ Mine")
        let before = Self.selectedRow(screen)
        try session.sendKeys("j")
        try Self.waitUntil(session) { Self.selectedRow($0).map { $0 != before } ?? false }
        try session.sendKeys("q")
        try Self.waitUntil(session) { $0.last { !$0.isEmpty }?.hasPrefix("PROMPT$") == true }
    }

    @Test("A bad theme or [keys] line stops start-up with a message and status 2",
          .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func startupErrors() throws {
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("gm-keys-\(UUID().uuidString).conf")
        try "[keys]\nquit = q\nmove-down = jj\n".write(to: config, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: config) }
        let script = #""$0" --demo --theme=nosuch; echo "THEME=$?"; "$0" --demo -c "$1"; echo "KEYS=$?"; sleep 10"#
        let session = try TmuxSession(command: ["bash", "-c", script, binary, config.path], width: 120, height: 24,
                                      environment: ["HOME": FileManager.default.temporaryDirectory.path])
        defer { session.kill() }
        let screen = try session.waitForText("KEYS=")
        #expect(screen.contains { $0.contains("theme \"nosuch\" not found") })
        #expect(screen.contains("THEME=2"))
        #expect(screen.contains { $0.contains(":3") && $0.contains("jj") })
        #expect(screen.contains("KEYS=2"))
    }

    @Test("o opens the change in $BROWSER, y copies its URL", .enabled(if: TmuxSession.shouldRun, "tmux is not installed"),
          .timeLimit(.minutes(1)))
    func browserAndCopy() throws {
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gm-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let opened = folder.appendingPathComponent("opened")
        let browser = folder.appendingPathComponent("browser")
        try "#!/bin/sh\nprintf '%s' \"$1\" > '\(opened.path)'\n".write(to: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
        let session = try TmuxSession(command: [binary, "--demo"], width: 100, height: 30,
                                      environment: ["BROWSER": browser.path, "HOME": folder.path])
        defer { session.kill() }
        try Self.waitUntil(session) { Self.selectedRow($0) != nil }
        try session.sendKeys("Enter")
        try session.waitForText("owner ")
        try session.sendKeys("o")
        var url = ""
        // Up to 15 s, as long as the screens above may take: with the rest of the suite on the
        // same two cores, reaching the detail took 17 s once, and 5 s for the browser was short.
        for _ in 0..<300 where url.isEmpty {
            url = (try? String(contentsOf: opened, encoding: .utf8)) ?? ""
            if url.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(url.contains("/c/") || url.hasPrefix("http"), "the browser got the change's URL: \(url)")
        try session.sendKeys("y")
        try session.waitForText("Copied " + url.prefix(20))
    }
}
