import Foundation
import Testing
@testable import GerritSim

@Suite struct SimEventGeneratorTests {
    @Test func sameSeedSameEvents() {
        func run() -> [String] {
            var d = Sim.dataset(changes: 100)
            var g = SimEventGenerator(seed: 5, ratePerMinute: 10, startingAt: d.now)
            return (0..<200).map { _ in g.next(in: &d).line }
        }
        #expect(run() == run())
    }

    @Test func paceFollowsTheRateAndTimeMovesForward() {
        var d = Sim.dataset(changes: 100)
        var g = SimEventGenerator(seed: 5, ratePerMinute: 6, startingAt: d.now)
        let start = g.nextDue
        var last = start
        for _ in 0..<600 {
            let due = g.nextDue
            #expect(due >= last)
            last = due
            let e = g.next(in: &d)
            #expect(e.due <= g.nextDue)
            #expect(d.now == Int(e.due.timeIntervalSince1970))
        }
        let minutes = last.timeIntervalSince(start) / 60
        // Follow-up events (ref-updated after a merge or upload) share their step's time.
        #expect(minutes > 40 && minutes < 150, "600 events took \(minutes) simulated minutes")
    }

    /// Every event agrees with a query made right after it.
    @Test func eventsMutateTheDatasetConsistently() async throws {
        let server = Sim.server(changes: 150)
        var seen: Set<String> = []
        for _ in 0..<500 {
            let event = await server.fireNext()
            let e = Sim.object(event.line)
            let type = try #require(e["type"] as? String)
            seen.insert(type)
            #expect(e["eventCreatedOn"] as? Int == Int(event.due.timeIntervalSince1970))
            guard let change = e["change"] as? [String: Any], let number = change["number"] as? Int else {
                #expect(type == "ref-updated")
                #expect((e["refUpdate"] as? [String: Any])?["refName"] is String)
                continue
            }
            let r = await server.run(commandLine: "gerrit query --format=JSON --current-patch-set --all-reviewers change:\(number)", user: "demo")
            let row = try #require(Sim.rows(r).first)
            let current = row["currentPatchSet"] as? [String: Any] ?? [:]
            #expect(row["status"] as? String == change["status"] as? String, "\(type)")
            #expect(row["topic"] as? String == change["topic"] as? String, "\(type)")
            #expect(row["wip"] as? Bool == change["wip"] as? Bool, "\(type)")
            #expect(row["lastUpdated"] as? Int == e["eventCreatedOn"] as? Int, "\(type) bumps lastUpdated")
            switch type {
            case "patchset-created":
                #expect(current["number"] as? Int == (e["patchSet"] as? [String: Any])?["number"] as? Int)
                #expect(current["revision"] as? String == (e["patchSet"] as? [String: Any])?["revision"] as? String)
            case "comment-added":
                let author = (e["author"] as? [String: Any])?["username"] as? String
                let held = (current["approvals"] as? [[String: Any]] ?? []).filter { ($0["by"] as? [String: Any])?["username"] as? String == author }
                for a in e["approvals"] as? [[String: Any]] ?? [] where a["value"] as? String != "0" {
                    #expect(held.contains { $0["type"] as? String == a["type"] as? String && $0["value"] as? String == a["value"] as? String })
                }
            case "change-merged": #expect(row["status"] as? String == "MERGED")
            case "change-abandoned": #expect(row["status"] as? String == "ABANDONED")
            case "change-restored": #expect(row["status"] as? String == "NEW")
            case "hashtags-changed":
                #expect((row["hashtags"] as? [String] ?? []) == (e["hashtags"] as? [String] ?? []))
            case "reviewer-added":
                let who = (e["reviewer"] as? [String: Any])?["username"] as? String
                #expect((row["allReviewers"] as? [[String: Any]] ?? []).contains { $0["username"] as? String == who })
            default: break
            }
        }
        for type in ["patchset-created", "comment-added", "change-merged", "change-abandoned", "reviewer-added",
                     "topic-changed", "hashtags-changed", "ref-updated", "wip-state-changed"] {
            #expect(seen.contains(type), "\(type) never happened in 500 events")
        }
    }

    @Test func streamWithImmediateClockAndSubscribeFilter() async {
        let server = Sim.server(changes: 100)
        var lines: [String] = []
        for await line in await server.eventStream(commandLine: "gerrit stream-events -s comment-added", user: "demo", clock: ImmediateEventClock()) {
            lines.append(line)
            if lines.count == 25 { break }
        }
        #expect(lines.count == 25)
        #expect(lines.allSatisfy { Sim.object($0)["type"] as? String == "comment-added" })
        #expect(GerritSimServer.parseSubscriptions(["--frob"]) == .failure("\"--frob\" is not a valid option"))
    }

    @Test func advanceFiresDueEventsOnly() async {
        let server = Sim.server(changes: 100, config: SimServerConfig(eventRate: 60))
        let fired = await server.advance(to: Sim.now.addingTimeInterval(600))
        // About one a second for ten minutes.
        #expect(fired.count > 300 && fired.count < 1_000)
        #expect(await server.nextEventDue() > Sim.now.addingTimeInterval(600))
        #expect(fired.allSatisfy { $0.due <= Sim.now.addingTimeInterval(600) })
    }

    @Test func oldServerEventsLackNewerFields() async {
        let server = Sim.server(changes: 100, config: SimServerConfig(oldServer: true))
        for _ in 0..<200 {
            let e = Sim.object(await server.fireNext().line)
            #expect(e["eventCreatedOn"] == nil)
            #expect(!["hashtags-changed", "wip-state-changed"].contains(e["type"] as? String ?? ""))
            if let change = e["change"] as? [String: Any] { #expect(change["number"] is String) }
        }
    }

    @Test func realTimeClockPacesTheStream() async {
        // 1,200 a minute: about 20 a second in wall time.
        let server = Sim.server(changes: 100, config: SimServerConfig(eventRate: 1_200))
        let started = Date()
        var count = 0
        for await _ in await server.eventStream(user: "demo", clock: RealTimeEventClock(simulatedStart: Sim.now, wallStart: started)) {
            count += 1
            if count == 10 { break }
        }
        let elapsed = Date().timeIntervalSince(started)
        // Only a lower bound: the suite runs in parallel on 2 cores, so wall time above it is noise.
        #expect(elapsed > 0.05, "10 events took \(elapsed) s")
        #expect(await server.nextEventDue() > Sim.now)
    }
}
