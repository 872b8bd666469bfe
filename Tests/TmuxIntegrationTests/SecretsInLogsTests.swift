import Foundation
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// Issue G, item 3: `-d` says what was sent and received, never a secret or a message body.
@Suite("G3 security: -d logs no passphrase, key material or message body")
struct SecretsInLogsTests {
    @Test("A review with -d, a passphrase typed at the prompt and a multi-line message: the log keeps none of them",
          .enabled(if: TmuxSession.shouldRun && TestSSHD.shouldRun, "tmux or sshd is not installed"),
          .timeLimit(.minutes(1)))
    func reviewWithDebugLogging() throws {
        let simulator = try BinaryRunner(product: "gerrit-sim").executable.path
        let state = FileManager.default.temporaryDirectory.path + "/gm-secrets-\(UUID().uuidString.prefix(8)).json"
        defer {
            try? FileManager.default.removeItem(atPath: state)
            try? FileManager.default.removeItem(atPath: state + ".lock")
        }
        let sshd = try TestSSHD(forceCommand: simulator, environment: [
            "GERRIT_SIM_USER": "demo", "GERRIT_SIM_CHANGES": "40", "GERRIT_SIM_NOW": "1764000000", "GERRIT_SIM_STATE": state,
        ], ipv6: false)
        defer { sshd.stop() }
        let passphrase = "correct horse battery 42"
        let lockedKey = try sshd.makeUserKey(type: "ed25519", authorized: true, passphrase: passphrase)
        let home = sshd.directory + "/secrets-home"
        try FileManager.default.createDirectory(atPath: home + "/.ssh", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sshd.knownHostsFile, toPath: home + "/.ssh/known_hosts")
        func config(key: String) throws -> String {
            let path = home + "/gerrymander-\(UUID().uuidString.prefix(6)).conf"
            try "[server]\nhostname = 127.0.0.1\nport = \(sshd.port)\nusername = \(sshd.user)\nkeyfile = \(key)\n"
                .write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let environment = ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent"]
        // An open change to review, found with the plain key.
        let cli = try BinaryRunner(product: "gerrymander")
        let listed = try cli.run(["-c", try config(key: sshd.userKey), "changes", "--status", "open", "--limit", "1",
                                  "-m", "csv", "--field", "number"], environment: environment)
        // CSV lines end in CR LF, which Swift counts as one Character.
        let number = try #require(listed.stdout.components(separatedBy: .newlines).last { !$0.isEmpty }, "\(listed.stderr)")

        let body = "Secret review body ✓\n\nsecond paragraph 7f3a"
        let log = home + "/debug.log"
        let script = #""$0" -d -c "$1" review "$2" --label Code-Review=+1 -m "$3" 2>"$4"; echo "EXIT=$?"; sleep 10"#
        let session = try TmuxSession(command: ["bash", "-c", script, cli.executable.path, try config(key: lockedKey), number, body, log],
                                      width: 120, height: 30, environment: environment)
        defer { session.kill() }
        let prompt = try TriageJourneyTests.waitUntil(session, timeout: 20) { screen in
            screen.contains { $0.contains("Passphrase for \(lockedKey)") || $0.hasPrefix("EXIT=") }
        }
        guard !prompt.contains(where: { $0.hasPrefix("EXIT=") }) else {
            Issue.record("review ended without asking for the passphrase: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
            return
        }
        try session.sendText(passphrase)
        try session.sendKeys("Enter")
        let screen = try session.waitForText("EXIT=", timeout: .seconds(20))
        #expect(screen.contains("EXIT=0"), "\(screen)")
        #expect(screen.contains { $0.hasPrefix("change \(number),") && $0.contains("Code-Review+1") })

        let logged = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logged.contains("query"), "-d was on: the lookup of the current patch set is logged")
        #expect(!logged.contains(passphrase))
        #expect(!logged.contains("Secret review body") && !logged.contains("7f3a"), "no message body: \(logged)")
        let privateKey = try String(contentsOfFile: lockedKey, encoding: .utf8)
        #expect(!logged.contains("OPENSSH PRIVATE KEY"))
        for line in privateKey.split(separator: "\n") where !line.hasPrefix("-----") && line.count >= 20 {
            #expect(!logged.contains(line.prefix(20)), "key material in the log")
        }
        #expect(!screen.joined().contains(passphrase), "the passphrase was not echoed")
    }
}
