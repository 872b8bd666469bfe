import Foundation
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// The real binary in tmux reads a change's code over SSH: gerrit-sim answers the queries and
/// the same sshd serves the change's git repository, as a Gerrit server does.
@Suite("The diff in tmux against a real sshd serving git")
struct DiffOverSSHTests {
    /// A change of the simulator with two patch sets or more: (number, project, newest patch set).
    static func simulatedChange(simulator: String, environment: [String: String]) throws -> (Int, String, Int) {
        let runner = try BinaryRunner(product: "gerrit-sim")
        let result = try runner.run([], environment: environment.merging(
            ["SSH_ORIGINAL_COMMAND": "gerrit query --format=JSON --current-patch-set status:open limit:100"]) { $1 })
        for line in result.stdout.split(separator: "\n") {
            guard let row = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let number = row["number"] as? Int, let project = row["project"] as? String,
                  let current = (row["currentPatchSet"] as? [String: Any])?["number"] as? Int, current >= 2 else { continue }
            return (number, project, current)
        }
        throw TmuxError("gerrit-sim has no open change with two patch sets: \(result.stdout.prefix(300))")
    }

    @Test("d shows the code fetched with git; the base changes; Esc goes back",
          .enabled(if: TmuxSession.shouldRun && TestSSHD.shouldRun, "tmux or sshd is not installed"),
          .timeLimit(.minutes(1)))
    func diffOverSSH() throws {
        let simulator = try BinaryRunner(product: "gerrit-sim").executable.path
        let knobs = ["GERRIT_SIM_USER": "demo", "GERRIT_SIM_CHANGES": "60", "GERRIT_SIM_NOW": "1764000000"]
        let (number, project, latest) = try Self.simulatedChange(simulator: simulator, environment: knobs)
        let root = FileManager.default.temporaryDirectory.path + "/gm-tmux-git-" + UUID().uuidString.prefix(8)
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try GitTestRepository(root: root, project: project, change: number, numbers: (latest - 1, latest))
        let sshd = try TestSSHD(forceCommand: simulator, environment: knobs, ipv6: false, gitRoot: root)
        defer { sshd.stop() }
        let (home, config) = try sshd.userHome(named: "tui-home")
        let binary = try BinaryRunner(product: "gerrymander").executable.path
        let script = #""$0" -c "$1"; echo "EXIT=$?"; sleep 10"#
        let session = try TmuxSession(command: ["bash", "-c", script, binary, config], width: 120, height: 40,
                                      environment: ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent"])
        defer { session.kill() }
        _ = try TriageJourneyTests.waitUntil(session, timeout: 20) { screen in
            screen.count > 1 && screen[0].contains("live") && !screen[0].contains("refreshing")
        }
        try session.sendKeys(":")
        try session.sendText("open-change \(number)")
        try session.sendKeys("Enter")
        _ = try TriageJourneyTests.waitUntil(session, timeout: 15) { $0.contains { $0.contains("┏ \(number) ") } }
        try session.sendKeys("d")
        var screen = try TriageJourneyTests.waitUntil(session, timeout: 20) { screen in
            screen.contains { $0.contains("line 5 changed in PS2") } || screen.contains { $0.contains("Could not") }
        }
        #expect(screen.contains { $0.contains("diff \(number),\(latest) vs Base · 5 files +13 -2") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("app.py") })
        #expect(FileManager.default.fileExists(atPath: home + "/.gerrymander.d/cache/git"), "the private repository")

        // Against the patch set before: only what changed between the two.
        try session.sendKeys(":")
        try session.sendText("diff-base \(latest - 1)")
        try session.sendKeys("Enter")
        // Both the header and the rows: a capture can land between the two parts of one frame
        // as tmux takes them in (seen once in CI: the new header over the old rows).
        screen = try TriageJourneyTests.waitUntil(session, timeout: 20) { screen in
            screen.contains { $0.contains("vs PS\(latest - 1) · 4 files") } && screen.contains { $0.contains("line 5 changed in PS1") }
        }
        #expect(!screen.contains { $0.contains("notes.txt") })

        try session.sendKeys("Escape")
        _ = try TriageJourneyTests.waitUntil(session) { $0.contains { $0.contains("┏ \(number) ") } }
        try session.sendKeys("q")
        try session.waitForText("EXIT=0", timeout: .seconds(10))
    }
}
