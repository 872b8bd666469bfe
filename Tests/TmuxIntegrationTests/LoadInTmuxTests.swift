import Foundation
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// Issue G, item 4: the triage UI against a big server, and under a burst of 10,000 events.
/// Small by default; `make load` runs the dataset of the issue with release binaries and
/// prints the figures for BENCHMARKS.md (never asserted: speed belongs to benchmarks).
@Suite("G4 load: the UI on a big server", .serialized)
struct LoadInTmuxTests {
    /// A test sshd running gerrit-sim with `knobs`, a home with its known_hosts, and a config.
    struct Server {
        let sshd: TestSSHD
        let home: String
        let config: String
        let environment: [String: String]

        init(knobs: [String: String]) throws {
            let simulator = try LoadScale.binary("gerrit-sim").executable.path
            var all = ["GERRIT_SIM_USER": "demo", "GERRIT_SIM_NOW": "1764000000",
                       "GERRIT_SIM_CHANGES": String(LoadScale.changeCount), "GERRIT_SIM_EVENT_RATE": "0.01"]
            all.merge(knobs) { _, new in new }
            sshd = try TestSSHD(forceCommand: simulator, environment: all, ipv6: false)
            home = sshd.directory + "/load-home"
            try FileManager.default.createDirectory(atPath: home + "/.ssh", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: sshd.knownHostsFile, toPath: home + "/.ssh/known_hosts")
            config = home + "/gerrymander.conf"
            try "[server]\nhostname = 127.0.0.1\nport = \(sshd.port)\nusername = \(sshd.user)\nkeyfile = \(sshd.userKey)\n"
                .write(toFile: config, atomically: true, encoding: .utf8)
            environment = ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent"]
        }

        /// The UI in a tmux pane; the shell stays after it exits so the status can be read.
        func ui() throws -> TmuxSession {
            let binary = try LoadScale.binary("gerrymander").executable.path
            return try TmuxSession(command: ["bash", "-c", #""$0" -c "$1"; echo "EXIT=$?"; sleep 30"#, binary, config],
                                   width: 200, height: 50, environment: environment)
        }

        /// How many rows the CLI's todo list has: the same classifier, asked independently.
        func cliCount(_ command: String) throws -> Int {
            let cli = try LoadScale.binary("gerrymander")
            let result = try cli.run(["-c", config, command, "--no-cache", "-m", "csv", "--field", "number"], environment: environment)
            guard result.status == 0 else { throw TmuxError("\(command) failed: \(result.stderr)") }
            return result.stdout.components(separatedBy: .newlines).compactMap { Int($0) }.count
        }
    }

    static let clock = ContinuousClock()

    /// The tab counts in the tab bar ("Mine 12", "Anyone's 340"…), once every list has loaded.
    static func tabCounts(_ screen: [String]) -> [String: Int]? {
        guard screen.count > 1, !screen[0].contains("refreshing"), !screen[0].contains("Loading") else { return nil }
        var counts: [String: Int] = [:]
        for tab in ["Mine", "Anyone's", "No one's", "Others", "Approvable", "Expirable"] {
            guard let count = TriageOverSSHTests.count(of: tab, in: screen[1]) else { continue }
            counts[tab] = count
        }
        return counts.isEmpty ? nil : counts
    }

    /// Sends `key` and waits until the cursor row changed; returns how long that took.
    static func answerTime(_ session: TmuxSession, key: String) throws -> Duration {
        let before = TriageJourneyTests.selectedRow(try session.capture())
        let started = clock.now
        try session.sendKeys(key)
        var screen: [String] = []
        while clock.now - started < LoadScale.patience {
            screen = try session.capture()
            if let row = TriageJourneyTests.selectedRow(screen), row != before { return clock.now - started }
            Thread.sleep(forTimeInterval: 0.005)
        }
        throw TmuxError("the UI did not answer \(key) within \(LoadScale.patience); the row before was \(before ?? "none"), "
                        + "the screen now:\n" + screen.map { "  |\($0)|" }.joined(separator: "\n"))
    }

    static func describe(_ times: [Duration]) -> String {
        let sorted = times.sorted()
        guard let first = sorted.first, let last = sorted.last else { return "no samples" }
        return "median \(sorted[sorted.count / 2]), min \(first), max \(last) over \(times.count) keys"
    }

    @Test("The first screen has rows, the lists agree with the command line's, and keys are answered",
          .enabled(if: TmuxSession.shouldRun && TestSSHD.shouldRun, "tmux or sshd is not installed"))
    func bigServer() throws {
        let server = try Server(knobs: [:])
        defer { server.sshd.stop() }
        let session = try server.ui()
        defer { session.kill() }
        let started = Self.clock.now
        // Anyone's is the biggest list (every open change no one else owns): rows there first.
        try session.waitForText("┏ Mine", timeout: .seconds(30))
        try session.sendKeys("Right")
        try TriageJourneyTests.waitUntil(session, timeout: Double(LoadScale.patience.components.seconds)) {
            TriageJourneyTests.selectedRow($0) != nil
        }
        let firstRows = Self.clock.now - started
        var counts: [String: Int] = [:]
        try TriageJourneyTests.waitUntil(session, timeout: Double(LoadScale.patience.components.seconds)) { screen in
            counts = Self.tabCounts(screen) ?? [:]
            return counts.count >= 4
        }
        let allLoaded = Self.clock.now - started
        let keys = try (0..<10).map { try Self.answerTime(session, key: $0 % 2 == 0 ? "j" : "k") }
        let bottom = try Self.answerTime(session, key: "G")
        for (tab, command) in [("Anyone's", "todo-anyones"), ("Others", "todo-others"), ("Mine", "todo-mine")] {
            #expect(counts[tab] == (try server.cliCount(command)), "\(tab) in the UI and \(command) agree: \(counts)")
        }
        LoadScale.report("UI over SSH: first rows after \(firstRows), every list after \(allLoaded) (\(counts)); "
                         + "keys: \(Self.describe(keys)); G to the last of \(counts["Anyone's"] ?? 0) rows: \(bottom)")
        try session.sendKeys("q")
        try session.waitForText("EXIT=0", timeout: .seconds(30))
    }

    @Test("A burst of events (10,000 in make load) while the user works: keys are answered during it, and the lists end where the server's are",
          .enabled(if: TmuxSession.shouldRun && TestSSHD.shouldRun, "tmux or sshd is not installed"))
    func eventBurst() throws {
        let state = FileManager.default.temporaryDirectory.path + "/gm-burst-\(UUID().uuidString.prefix(8)).json"
        defer {
            try? FileManager.default.removeItem(atPath: state)
            try? FileManager.default.removeItem(atPath: state + ".lock")
        }
        // The burst is saved in gerrit-sim's state file, so later answers show what it did; that
        // file is JSON read whole by every command, so this world is kept small (the reducer's
        // side of a burst on the big world is EventBurstTests').
        let burst = LoadScale.isFull ? 10_000 : 2_000
        let server = try Server(knobs: ["GERRIT_SIM_STATE": state, "GERRIT_SIM_CHANGES": "400",
                                        "GERRIT_SIM_EVENT_BURST": String(burst), "GERRIT_SIM_EVENT_BURST_DELAY_MS": "4000"])
        defer { server.sshd.stop() }
        let session = try server.ui()
        defer { session.kill() }
        try session.waitForText("┏ Mine", timeout: .seconds(30))
        try session.sendKeys("Right")
        try TriageJourneyTests.waitUntil(session, timeout: Double(LoadScale.patience.components.seconds)) {
            Self.tabCounts($0) != nil && TriageJourneyTests.selectedRow($0) != nil
        }
        // Keys while the burst arrives and is absorbed.
        var keys: [Duration] = []
        let started = Self.clock.now
        while Self.clock.now - started < .seconds(20) {
            keys.append(try Self.answerTime(session, key: keys.count % 2 == 0 ? "j" : "k"))
            Thread.sleep(forTimeInterval: 0.1)
        }
        // The changes the burst created are fetched a few at a time (the status bar counts them
        // down, ⋯N); then, without a refresh, the lists agree with what the server now says.
        let drained = Self.clock.now
        try TriageJourneyTests.waitUntil(session, timeout: Double(LoadScale.patience.components.seconds)) { screen in
            screen.first.map { !$0.contains("⋯") } ?? false
        }
        let drainTime = Self.clock.now - drained
        var ui: [String: Int] = [:]
        var cli: [String: Int] = [:]
        let deadline = Self.clock.now + .seconds(30)
        repeat {
            ui = (try? Self.tabCounts(session.capture())) ?? [:]
            cli = ["Anyone's": try server.cliCount("todo-anyones"), "Others": try server.cliCount("todo-others")]
        } while (ui["Anyone's"] != cli["Anyone's"] || ui["Others"] != cli["Others"]) && Self.clock.now < deadline
        #expect(ui["Anyone's"] == cli["Anyone's"] && ui["Others"] == cli["Others"], "UI \(ui), CLI \(cli)")
        let screen = try session.capture()
        #expect(screen[0].contains("live"), "still live after the burst: \(screen[0])")
        LoadScale.report("\(burst)-event burst in the UI (400 changes): keys during it \(Self.describe(keys)); "
                         + "the changes it created fetched \(drainTime) after")
        try session.sendKeys("q")
        try session.waitForText("EXIT=0", timeout: .seconds(30))
    }
}
