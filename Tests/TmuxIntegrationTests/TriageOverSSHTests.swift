import Foundation
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// The real binary in tmux against a real OpenSSH sshd running gerrit-sim: the path a user with
/// a Gerrit server takes (libssh2, known_hosts, key auth, the event stream), not the demo.
@Suite("Triage UI in tmux against a real sshd")
struct TriageOverSSHTests {
    @Test("Lists load over SSH, the feed goes live, a tab opens, q quits cleanly",
          .enabled(if: TmuxSession.shouldRun && TestSSHD.shouldRun, "tmux or sshd is not installed"),
          .timeLimit(.minutes(1)))
    func triageOverSSH() throws {
        let simulator = try BinaryRunner(product: "gerrit-sim").executable.path
        let sshd = try TestSSHD(forceCommand: simulator,
                                environment: ["GERRIT_SIM_USER": "demo", "GERRIT_SIM_CHANGES": "120"], ipv6: false)
        defer { sshd.stop() }
        let (home, config) = try sshd.userHome(named: "tui-home")
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        let script = #""$0" -c "$1"; echo "EXIT=$?"; sleep 10"#
        let session = try TmuxSession(command: ["bash", "-c", script, binary, config], width: 120, height: 40,
                                      environment: ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent"])
        defer { session.kill() }

        var screen = try TriageJourneyTests.waitUntil(session, timeout: 20) { screen in
            screen.count > 1 && screen[0].contains("live") && screen[0].contains("127.0.0.1")
                && screen[1].contains("Anyone's") && !screen[0].contains("refreshing")
        }
        #expect(screen[0].contains("\(sshd.user)@127.0.0.1:\(sshd.port)"), "status bar: \(screen[0])")

        try session.sendKeys("Right")
        screen = try TriageJourneyTests.waitUntil(session) { TriageJourneyTests.selectedRow($0) != nil }
        #expect(screen.contains { $0.contains("┏ Anyone's") })

        try session.sendKeys("q")
        try session.waitForText("EXIT=0", timeout: .seconds(10))
        #expect(FileManager.default.fileExists(atPath: home + "/.gerrymander.d/cache/cache.sqlite"),
                "the lists were cached for the next start")

        // The server goes away: the next start paints the lists from the cache, and says it is not live.
        let anyones = screen[1]
        sshd.stop()
        let again = try TmuxSession(command: ["bash", "-c", script, binary, config], width: 120, height: 40,
                                    environment: ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent"])
        defer { again.kill() }
        screen = try TriageJourneyTests.waitUntil(again, timeout: 20) { screen in
            screen.count > 1 && screen[1].contains("Anyone's") && !screen[0].contains("live")
        }
        #expect(Self.count(of: "Anyone's", in: screen[1]) != nil, "tabs from the cache: \(screen[1])")
        #expect(Self.count(of: "Anyone's", in: screen[1]) == Self.count(of: "Anyone's", in: anyones),
                "the cached list is the one the server sent: \(screen[1]) vs \(anyones)")
        try again.sendKeys("Right")
        screen = try TriageJourneyTests.waitUntil(again) { TriageJourneyTests.selectedRow($0) != nil }
        try again.sendKeys("q")
        try again.waitForText("EXIT=", timeout: .seconds(10))
    }

    /// The count in a tab title such as "Anyone's 37".
    static func count(of tab: String, in line: String) -> Int? {
        guard let range = line.range(of: tab + " ") else { return nil }
        return Int(line[range.upperBound...].prefix { $0.isNumber })
    }
}
