import Foundation
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// Reviewing from the keyboard in the real binary, in tmux, against a real sshd running
/// gerrit-sim, which logs every command it runs: what the user confirms is exactly what
/// reaches the server, a refusal is rolled back and said in words, and typed text survives.
@Suite("Review from the keyboard over a real sshd", .serialized)
struct ReviewOverSSHTests {
    /// One server, one home, one config: the UI starts with `start()` as often as needed.
    final class Rig {
        let sshd: TestSSHD
        let home: String
        let config: String
        let log: String
        let binary: String
        let simulator: String
        let state: String
        let scratch: String
        var sessions: [TmuxSession] = []

        init() throws {
            simulator = try BinaryRunner(product: "gerrit-sim").executable.path
            scratch = FileManager.default.temporaryDirectory.path + "/gm-review-" + UUID().uuidString.prefix(8)
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            log = scratch + "/commands.jsonl"
            state = scratch + "/world.json"
            sshd = try TestSSHD(forceCommand: simulator, environment: Self.serverEnvironment(state: state, log: log),
                                ipv6: false)
            // A tab of every open change first: a change I voted on leaves my todo lists,
            // but stays here for the test to watch.
            (home, config) = try sshd.userHome(named: "review-home", extra: """
                [tui]
                tabs = open-changes, anyones

                [commands]
                aliases = open-changes

                [alias-open-changes]
                basecmd = changes
                help = Every open change
                """)
            binary = try BinaryRunner(product: "gerrymander").executable.path
            // An editor that appends a line to the file it is given, as a user typing would.
            let editor = home + "/append-editor"
            try "#!/bin/sh\nprintf 'Typed in the editor over sshd\\n' >> \"$1\"\n"
                .write(toFile: editor, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor)
        }

        /// The server: a world kept in a file (reviews persist and come back as events), every
        /// command logged, +2 refused as a restricted vote, and reviews answered slowly enough
        /// that the pending mark can be seen. Few random events, so the lists stay put.
        static func serverEnvironment(state: String, log: String) -> [String: String] {
            // The login is the test's own user; on the server it is the account "demo".
            ["GERRIT_SIM_USER": "demo", "GERRIT_SIM_CHANGES": "60", "GERRIT_SIM_STATE": state, "GERRIT_SIM_LOG": log,
             "GERRIT_SIM_RESTRICTED": "Code-Review=+2", "GERRIT_SIM_REVIEW_DELAY_MS": "1500",
             "GERRIT_SIM_EVENT_RATE": "0.5"]
        }

        /// The scratch folder (server world and command log) goes with the rig; the sshd's own
        /// folder goes with the sshd.
        deinit {
            try? FileManager.default.removeItem(atPath: scratch)
        }

        /// Starts the UI and waits until its lists are loaded and the feed is live.
        func start(width: Int = 200, height: Int = 60) throws -> TmuxSession {
            let script = #""$0" -c "$1"; echo "EXIT=$?"; sleep 10"#
            let session = try TmuxSession(command: ["bash", "-c", script, binary, config], width: width, height: height,
                                          environment: ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent",
                                                        "EDITOR": home + "/append-editor", "VISUAL": ""])
            sessions.append(session)
            try TriageJourneyTests.waitUntil(session, timeout: 30) { screen in
                screen.count > 1 && screen[0].contains("live") && screen[1].contains("open-changes")
                    && !screen[0].contains("refreshing") && TriageJourneyTests.selectedRow(screen) != nil
            }
            return session
        }

        /// The `gerrit review` commands the server ran, in order: (command line, stdin).
        func reviews() -> [(command: String, stdin: String)] {
            guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").compactMap { line in
                guard let data = line.data(using: .utf8),
                      let entry = try? JSONSerialization.jsonObject(with: data) as? [String: String],
                      let command = entry["command"], command.contains("gerrit review") else { return nil }
                return (command, entry["stdin"] ?? "")
            }
        }

        /// Open changes that have inline comment threads, asked of the simulator itself.
        func changesWithInlineComments() throws -> [Int] {
            let result = try BinaryRunner(product: "gerrit-sim").run(
                ["gerrit", "query", "--format=JSON", "--patch-sets", "--comments", "status:open", "limit:100"],
                environment: Self.serverEnvironment(state: state, log: ""))
            var found: [Int] = []
            for line in result.stdout.split(separator: "\n") {
                guard let row = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let number = row["number"] as? Int ?? (row["number"] as? String).flatMap(Int.init),
                      let patchSets = row["patchSets"] as? [[String: Any]],
                      let latest = patchSets.last,
                      let comments = latest["comments"] as? [[String: Any]],
                      comments.contains(where: { $0["file"] is String && $0["line"] is Int }) else { continue }
                found.append(number)
            }
            return found
        }

        func stop() {
            sshd.stop()
            try? FileManager.default.removeItem(atPath: scratch)
        }
    }

    /// The change number on the selected row ("▶1318 nova …").
    static func selectedNumber(_ screen: [String]) -> Int? {
        guard let row = TriageJourneyTests.selectedRow(screen),
              let marker = row.range(of: "▶") else { return nil }
        return Int(row[marker.upperBound...].drop { $0 == " " || $0 == "⋯" }.prefix { $0.isNumber })
    }

    static func text(_ screen: [String]) -> String { screen.joined(separator: "\n") }

    /// The Code-Review cell of a list row ("CR -1+2" → "-1+2").
    static func codeReview(_ row: String?) -> String? {
        guard let row, let start = row.range(of: " CR ") else { return nil }
        return String(row[start.upperBound...].drop { $0 == " " }.prefix { $0 != " " })
    }

    @Test("A quick vote asks, shows pending, sends exactly what it said, and its event confirms it; a refused +2 is rolled back and said in words",
          .enabled(if: TmuxSession.shouldRun && TestSSHD.shouldRun, "tmux or sshd is not installed"),
          .timeLimit(.minutes(2)))
    func quickVoteAndRefusal() throws {
        let rig = try Rig()
        defer { rig.stop() }
        let session = try rig.start()
        var screen = try session.capture()
        let number = try #require(Self.selectedNumber(screen))

        try session.sendKeys("1")
        screen = try TriageJourneyTests.waitUntil(session) { Self.text($0).contains("Code-Review +1 on \(number),") }
        let prompt = try #require(screen.first { $0.contains("Code-Review +1 on \(number),") })
        #expect(prompt.contains("y yes · n no"), "the confirmation line: \(prompt)")
        #expect(rig.reviews().isEmpty, "nothing is sent before y")

        #expect(Self.codeReview(TriageJourneyTests.selectedRow(screen)) == ".", "no vote yet on \(number)")
        try session.sendKeys("y")
        // At once, before the server answers: my +1 shows, marked pending.
        screen = try TriageJourneyTests.waitUntil(session) { TriageJourneyTests.selectedRow($0)?.contains("⋯") == true }
        #expect(Self.codeReview(TriageJourneyTests.selectedRow(screen)) == "+1")
        screen = try TriageJourneyTests.waitUntil(session, timeout: 15) { Self.text($0).contains("Posted Code-Review +1 on \(number),") }
        let sent = rig.reviews()
        #expect(sent.count == 1)
        let command = try #require(sent.first?.command)
        let target = try #require(command.split(separator: " ").last.map(String.init))
        #expect(target.hasPrefix("\(number),"))
        #expect(command == "gerrit review --label Code-Review=+1 \(target)", "what reached the server: \(command)")
        // Its comment-added event comes back through the feed: the row shows the vote, not pending.
        screen = try TriageJourneyTests.waitUntil(session, timeout: 15) { screen in
            guard let row = TriageJourneyTests.selectedRow(screen) else { return false }
            return !row.contains("⋯") && Self.codeReview(row) == "+1"
        }

        // +2 is restricted on this server: asked, sent, refused, rolled back, said in words.
        try session.sendKeys("2")
        try TriageJourneyTests.waitUntil(session) { Self.text($0).contains("Code-Review +2 on \(number),") }
        try session.sendKeys("y")
        screen = try TriageJourneyTests.waitUntil(session, timeout: 15) { Self.text($0).contains("refused on \(number)") }
        let refusal = try #require(screen.first { $0.contains("refused on \(number)") })
        #expect(refusal.contains("Code-Review +2 refused on \(number): Applying label \"Code-Review\": 2 is restricted"),
                "the refusal: \(refusal)")
        #expect(!refusal.contains("gerrit review"), "never the raw command line: \(refusal)")
        #expect(rig.reviews().last?.command == "gerrit review --label Code-Review=+2 \(target)")
        let row = try #require(TriageJourneyTests.selectedRow(screen))
        #expect(!row.contains("⋯") && Self.codeReview(row) == "+1", "my +1 is back: \(row)")

        try session.sendKeys("q")
        try session.waitForText("EXIT=0", timeout: .seconds(10))
    }

    @Test("A reply written in $EDITOR posts as an inline comment at the thread's file:line on the current patch set",
          .enabled(if: TmuxSession.shouldRun && TestSSHD.shouldRun, "tmux or sshd is not installed"),
          .timeLimit(.minutes(2)))
    func replyInEditor() throws {
        let rig = try Rig()
        defer { rig.stop() }
        let candidates = try rig.changesWithInlineComments()
        let number = try #require(candidates.first, "the simulator has open changes with inline comments")
        let session = try rig.start()

        try session.sendKeys(":")
        try session.sendText("open-change \(number)")
        try session.sendKeys("Enter")
        // The detail has the focus (heavy border); Tab goes on to the comments pane, whose first
        // thread is marked as the one R answers.
        try TriageJourneyTests.waitUntil(session, timeout: 15) { Self.text($0).contains("┏ \(number) ") }
        try session.sendKeys("Tab")
        try TriageJourneyTests.waitUntil(session) { Self.text($0).contains("┏ comments") }
        // Down the comments until a thread is in view.
        var screen = try session.capture()
        for _ in 0..<60 where !Self.text(screen).contains(" ▸ ") {
            try session.sendKeys("j")
            Thread.sleep(forTimeInterval: 0.05)
            screen = try session.capture()
        }
        let marked = try #require(screen.first { $0.contains(" ▸ ") }, "a thread is marked:\n\(Self.text(screen))")
        try session.sendKeys("R")
        try TriageJourneyTests.waitUntil(session, timeout: 15) { Self.text($0).contains("Posted") }
        let reply = try #require(rig.reviews().last)
        #expect(reply.command.hasPrefix("gerrit review --json \(number),"), "sent: \(reply.command)")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(reply.stdin.utf8)) as? [String: Any])
        let comments = try #require(body["comments"] as? [String: [[String: Any]]], "stdin: \(reply.stdin)")
        let (file, placed) = try #require(comments.first)
        let comment = try #require(placed.first)
        #expect(marked.contains("\(file):\(comment["line"] as? Int ?? -1)"), "the reply sits on the marked thread: \(marked) vs \(reply.stdin)")
        #expect((comment["message"] as? String)?.contains("Typed in the editor over sshd") == true, "stdin: \(reply.stdin)")
        try session.sendKeys("q")
        try session.waitForText("EXIT=0", timeout: .seconds(10))
    }

    @Test("A refused review keeps its message as a draft, and after a restart opening the change offers to post it again",
          .enabled(if: TmuxSession.shouldRun && TestSSHD.shouldRun, "tmux or sshd is not installed"),
          .timeLimit(.minutes(2)))
    func draftSurvivesRefusalAndRestart() throws {
        let rig = try Rig()
        defer { rig.stop() }
        var session = try rig.start()
        var screen = try session.capture()
        let number = try #require(Self.selectedNumber(screen))

        // The review form: Code-Review is its first row; 2 sets +2, m writes the message in $EDITOR.
        try session.sendKeys("r")
        try TriageJourneyTests.waitUntil(session) { Self.text($0).contains("Code-Review") && Self.text($0).contains("essage") }
        try session.sendKeys("2")
        try session.sendKeys("m")
        try TriageJourneyTests.waitUntil(session) { Self.text($0).contains("Typed in the editor over sshd") }
        try session.sendKeys("C-s")
        try TriageJourneyTests.waitUntil(session) { Self.text($0).contains("y yes") }
        try session.sendKeys("y")
        screen = try TriageJourneyTests.waitUntil(session, timeout: 15) { Self.text($0).contains("refused on \(number)") }
        #expect(Self.text(screen).contains("(kept as a draft)"), Comment(rawValue: Self.text(screen)))
        let sent = try #require(rig.reviews().last)
        #expect(sent.command.contains("--label Code-Review=+2") && sent.command.contains("Typed in the editor over sshd"),
                "sent: \(sent.command)")
        try session.sendKeys("q")
        try session.waitForText("EXIT=0", timeout: .seconds(10))

        // A new start, the change opened by number: the draft is offered again, with its reason.
        session = try rig.start()
        try session.sendKeys(":")
        try session.sendText("open-change \(number)")
        try session.sendKeys("Enter")
        screen = try TriageJourneyTests.waitUntil(session, timeout: 15) { Self.text($0).contains("Not sent") }
        let offer = try #require(screen.first { $0.contains("Not sent") })
        #expect(offer.contains("restricted") && offer.contains("\(number),") && offer.contains("post again"), "the offer: \(offer)")
        try session.sendKeys("n")
        try session.sendKeys("q")
        try session.waitForText("EXIT=0", timeout: .seconds(10))
    }
}
