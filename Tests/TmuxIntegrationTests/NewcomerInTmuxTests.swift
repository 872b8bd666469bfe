import Foundation
import GerritTestSupport
import Testing

/// A new user's first minutes in a real terminal (issue J).
@Suite("A newcomer in a real terminal")
struct NewcomerInTmuxTests {
    /// A fresh home folder, optionally with a ~/.gerrymander.
    static func home(config: String? = nil) throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("gm-newcomer-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        if let config { try config.write(to: home.appendingPathComponent(".gerrymander"), atomically: true, encoding: .utf8) }
        return home
    }

    /// Runs gerrymander with `arguments`, then prints its exit status.
    static func session(_ arguments: [String], home: URL, width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        let script = #""$0" "$@"; echo "EXIT=$?"; sleep 10"#
        return try TmuxSession(command: ["bash", "-c", script, binary] + arguments, width: width, height: height,
                               environment: ["HOME": home.path])
    }

    @Test("no config: a full-screen welcome that says what to do, and q quits without connecting",
          .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)),
          arguments: [(80, 24), (200, 60)])
    func welcome(size: (Int, Int)) throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try Self.session([], home: home, width: size.0, height: size.1)
        defer { session.kill() }
        let screen = try session.waitForText("Welcome to gerrymander")
        let text = screen.joined(separator: "\n")
        #expect(text.contains("~/.gerrymander does not exist"))
        #expect(text.contains("hostname = review.example.org"))
        #expect(text.contains("gerrymander --demo"))
        #expect(!text.contains("connecting") && !text.contains("offline"))
        try session.sendKeys("j")
        try session.sendKeys("q")
        try session.waitForText("EXIT=0")
    }

    @Test("--demo uses the user's [keys] from ~/.gerrymander",
          .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func demoUsesTheUsersKeys() throws {
        let home = try Self.home(config: "[keys]\nquit = x\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try Self.session(["--demo"], home: home)
        defer { session.kill() }
        try session.waitForText("▶")
        try session.sendKeys("x")
        try session.waitForText("EXIT=0")
    }

    @Test("watch on a terminal says it is watching, so a quiet feed is not taken for a hang",
          .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func watchSaysItStarted() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try Self.session(["--demo", "watch"], home: home)
        defer { session.kill() }
        try session.waitForText("watching demo server — Ctrl-C stops")
        try session.sendKeys("C-c")
        // Ctrl-C ends watch (and, by bash's rule for a child killed by SIGINT, the shell too).
        let deadline = Date().addingTimeInterval(5)
        while try !session.commandHasExited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try session.commandHasExited())
    }
}
