import Foundation
import GerritTestSupport
import Testing

/// Runs the built `gerrit-sim` the way sshd's ForceCommand does: the command in SSH_ORIGINAL_COMMAND.
@Suite struct GerritSimExecutableTests {
    let base = ["GERRIT_SIM_NOW": "1764000000", "GERRIT_SIM_USER": "demo", "GERRIT_SIM_CHANGES": "120"]

    func sim(_ command: String, env: [String: String] = [:], stdin: String? = nil) throws -> BinaryRunner.Result {
        try BinaryRunner(product: "gerrit-sim").run([], stdin: stdin,
            environment: base.merging(["SSH_ORIGINAL_COMMAND": command].merging(env) { $1 }) { $1 })
    }

    func lines(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").map { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:] }
    }

    @Test func versionQueryAndUnknownCommands() throws {
        #expect(try sim("gerrit version").stdout == "gerrit version 3.9.1\n")
        #expect(try sim("gerrit version", env: ["GERRIT_SIM_OLD_SERVER": "1"]).stdout == "gerrit version 2.8.6\n")
        let q = try sim("gerrit query --format=JSON 'status:open limit:5'")
        #expect(q.status == 0)
        #expect(lines(q.stdout).count == 6)
        #expect(lines(q.stdout).last?["type"] as? String == "stats")
        let unknown = try sim("gerrit frob")
        #expect(unknown.status == 1 && unknown.stderr == "fatal: gerrit: frob: not found\n")
        #expect(try sim("ls -la").status == 127)
    }

    @Test func knobsForFaults() throws {
        let garbage = try sim("gerrit query --format=JSON limit:2", env: ["GERRIT_SIM_GARBAGE": "1"])
        #expect(garbage.stdout.split(separator: "\n").first?.hasPrefix("{") == false)
        let capped = try sim("gerrit query --format=JSON status:open", env: ["GERRIT_SIM_PAGE_CAP": "10"])
        #expect(lines(capped.stdout).last?["moreChanges"] as? Bool == true)
        #expect(lines(capped.stdout).count == 11)
    }

    @Test func reviewsPersistThroughTheStateFile() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("gerrit-sim-\(UUID().uuidString).json")
        defer {
            try? FileManager.default.removeItem(at: state)
            try? FileManager.default.removeItem(atPath: state.path + ".lock")
        }
        let env = ["GERRIT_SIM_STATE": state.path]
        let row = try #require(lines(try sim("gerrit query --format=JSON --current-patch-set 'status:open -owner:demo limit:1'", env: env).stdout).first)
        let number = try #require(row["number"] as? Int)
        let ps = try #require((row["currentPatchSet"] as? [String: Any])?["number"] as? Int)
        let input = #"{"message":"multi\nline \"quoted\" $x `y` 王伟","labels":{"Code-Review":-1}}"#
        let review = try sim("gerrit review --json \(number),\(ps)", env: env, stdin: input)
        #expect(review.status == 0, "\(review.stderr)")
        let after = try #require(lines(try sim("gerrit query --format=JSON --comments change:\(number)", env: env).stdout).first)
        let last = (after["comments"] as? [[String: Any]])?.last?["message"] as? String
        #expect(last == "Patch Set \(ps): Code-Review-1\n\nmulti\nline \"quoted\" $x `y` 王伟")
        // A stream started afterwards replays nothing old but sees new reviews from other calls.
        let streamed = try sim("gerrit stream-events", env: env.merging(["GERRIT_SIM_EVENT_RATE": "6000", "GERRIT_SIM_EVENTS_LIMIT": "3"]) { $1 })
        #expect(streamed.status == 0)
        #expect(lines(streamed.stdout).count == 3)
    }

    @Test func streamLimitsAndDrops() throws {
        let fast = ["GERRIT_SIM_EVENT_RATE": "6000"]
        let ok = try sim("gerrit stream-events", env: fast.merging(["GERRIT_SIM_EVENTS_LIMIT": "5"]) { $1 })
        #expect(ok.status == 0)
        let events = lines(ok.stdout)
        #expect(events.count == 5 && events.allSatisfy { $0["type"] is String })
        let dropped = try sim("gerrit stream-events", env: fast.merging(["GERRIT_SIM_DROP_AFTER": "2"]) { $1 })
        #expect(dropped.status == 255)
        #expect(dropped.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 3)
        #expect(!dropped.stdout.hasSuffix("\n"))
        let bad = try sim("gerrit stream-events --frob")
        #expect(bad.status == 1 && bad.stderr == "fatal: \"--frob\" is not a valid option\n")
    }
}

@Suite struct GerritSimStreamJournalTests {
    @Test func aRunningStreamSeesReviewsFromOtherCalls() throws {
        let runner = try BinaryRunner(product: "gerrit-sim")
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("gerrit-sim-\(UUID().uuidString).json")
        defer {
            try? FileManager.default.removeItem(at: state)
            try? FileManager.default.removeItem(atPath: state.path + ".lock")
        }
        var env = ProcessInfo.processInfo.environment
        env.merge(["GERRIT_SIM_NOW": "1764000000", "GERRIT_SIM_USER": "demo", "GERRIT_SIM_CHANGES": "60",
                   "GERRIT_SIM_STATE": state.path, "GERRIT_SIM_EVENT_RATE": "0.0001"]) { $1 }
        // Create the state first, so both processes share one world.
        _ = try runner.run([], environment: env.merging(["SSH_ORIGINAL_COMMAND": "gerrit version"]) { $1 })
        let stream = Process()
        stream.executableURL = runner.executable
        stream.environment = env.merging(["SSH_ORIGINAL_COMMAND": "gerrit stream-events", "GERRIT_SIM_EVENTS_LIMIT": "1"]) { $1 }
        let out = Pipe()
        stream.standardOutput = out
        try stream.run()
        Thread.sleep(forTimeInterval: 0.4)
        let review = try runner.run([], environment: env.merging(["SSH_ORIGINAL_COMMAND": "gerrit review -m 'hello stream' 1001,1"]) { $1 })
        #expect(review.status == 0, "\(review.stderr)")
        let data = out.fileHandleForReading.readDataToEndOfFile()
        stream.waitUntilExit()
        let line = String(decoding: data, as: UTF8.self)
        #expect(line.contains("\"type\":\"comment-added\""))
        #expect(line.contains("hello stream"))
    }
}
