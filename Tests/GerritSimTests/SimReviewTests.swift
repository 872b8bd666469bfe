import Foundation
import Testing
@testable import GerritSim

@Suite struct SimReviewTests {
    /// An open change demo does not own, with its current patch set number.
    func target(_ d: SimDataset) -> SimChange? {
        d.changes.first { $0.status == .new && $0.owner != d.demoIndex && !$0.wip }
    }

    @Test func voteAndMessageLandInTheNextQuery() async throws {
        let server = Sim.server()
        let c = try #require(target(await server.dataset))
        let ps = c.currentPatchSet.number
        let message = "Looks \"fine\" — but check $HOME, `id` and \\n.\n\nSecond paragraph: Zoë 王伟 🚀 it's <ok> & =."
        let line = "gerrit review --code-review +1 --verified -1 -m \(CommandLineSplitter.quote(message)) \(c.number),\(ps)"
        let r = await server.run(commandLine: line, user: "demo")
        #expect(r == SimCommandResult())
        let row = try #require(Sim.rows(await server.run(
            commandLine: "gerrit query --format=JSON --current-patch-set --comments change:\(c.number)", user: "demo")).first)
        let approvals = (row["currentPatchSet"] as? [String: Any])?["approvals"] as? [[String: Any]] ?? []
        let mine = approvals.filter { ($0["by"] as? [String: Any])?["username"] as? String == "demo" }
        #expect(Set(mine.compactMap { "\($0["type"] ?? "")\($0["value"] ?? "")" }) == ["Code-Review1", "Verified-1"])
        let messages = (row["comments"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(messages.last == "Patch Set \(ps): Code-Review+1 Verified-1\n\n\(message)")
        #expect(row["lastUpdated"] as? Int == (await server.dataset).now)
    }

    @Test func reviewEmitsCommentAddedToStreams() async throws {
        let server = Sim.server(config: SimServerConfig(eventRate: 0.0001))
        let c = try #require(target(await server.dataset))
        let stream = await server.eventStream(user: "demo", clock: RealTimeEventClock(simulatedStart: Sim.now, wallStart: Date()))
        _ = await server.run(commandLine: "gerrit review --label Code-Review=-2 -m nope \(c.number),\(c.currentPatchSet.number)", user: "demo")
        var iterator = stream.makeAsyncIterator()
        let line = try #require(await iterator.next())
        let e = Sim.object(line)
        #expect(e["type"] as? String == "comment-added")
        #expect((e["author"] as? [String: Any])?["username"] as? String == "demo")
        let approvals = e["approvals"] as? [[String: Any]] ?? []
        #expect(approvals.contains { $0["type"] as? String == "Code-Review" && $0["value"] as? String == "-2" && $0["oldValue"] as? String == "0" })
        #expect((e["change"] as? [String: Any])?["number"] as? Int == c.number)
    }

    @Test func jsonInputWithInlineComments() async throws {
        let server = Sim.server()
        let c = try #require(target(await server.dataset))
        let file = c.currentPatchSet.files.last?.path ?? "/COMMIT_MSG"
        let input = #"{"message":"see inline","labels":{"Code-Review":-1},"comments":{"\#(file)":[{"line":3,"message":"nit: ¿qué?","unresolved":true}]}}"#
        let r = await server.run(commandLine: "gerrit review --json \(c.number),\(c.currentPatchSet.number)", user: "demo", stdin: Data(input.utf8))
        #expect(r.exitStatus == 0, "\(r.stderr)")
        let after = try #require((await server.dataset).change(c.number))
        #expect(after.currentPatchSet.comments.contains { $0.file == file && $0.line == 3 && $0.message == "nit: ¿qué?" && $0.unresolved })
        #expect(after.messages.last?.message == "Patch Set \(c.currentPatchSet.number): Code-Review-1\n\n(1 comment)\n\nsee inline")
    }

    @Test func abandonAndRestore() async throws {
        let server = Sim.server()
        let c = try #require(target(await server.dataset))
        let ref = "\(c.number),\(c.currentPatchSet.number)"
        #expect(await server.run(commandLine: "gerrit review --abandon -m 'no longer needed' \(ref)", user: "demo").exitStatus == 0)
        #expect(Sim.numbers(await server.run(commandLine: "gerrit query --format=JSON status:abandoned change:\(c.number)", user: "demo")) == [c.number])
        #expect((await server.dataset).change(c.number)?.messages.last?.message == "Abandoned\n\nno longer needed")
        #expect(await server.run(commandLine: "gerrit review --restore \(ref)", user: "demo").exitStatus == 0)
        #expect((await server.dataset).change(c.number)?.status == .new)
    }

    @Test func errorsLikeGerrit() async throws {
        let server = Sim.server()
        let d = await server.dataset
        let c = try #require(target(d))
        let ref = "\(c.number),\(c.currentPatchSet.number)"
        func run(_ line: String, stdin: String = "") async -> SimCommandResult {
            await server.run(commandLine: line, user: "demo", stdin: Data(stdin.utf8))
        }
        var r = await run("gerrit review --code-review 5 \(ref)")
        #expect(r.exitStatus == 1 && r.stderr == "fatal: \"5\" must be in range -2..+2 for \"--code-review\"\n")
        r = await run("gerrit review --code-review 1 99999,1")
        #expect(r.exitStatus == 1 && r.stderr == "fatal: \"99999,1\" no such patch set\n")
        r = await run("gerrit review --code-review 1 banana")
        #expect(r.stderr == "fatal: \"banana\" is not a valid patch set\n")
        r = await run("gerrit review --label Frob=1 \(ref)")
        #expect(r.exitStatus == 1)
        #expect(r.stderr.hasPrefix("error: "))
        #expect(r.stderr.hasSuffix("fatal: one or more reviews failed; review output above\n"))
        r = await run("gerrit review --label Verified=2 \(ref)")
        #expect(r.exitStatus == 1 && r.stderr.contains("Verified"))
        r = await run("gerrit review --abandon --restore \(ref)")
        #expect(r.stderr == "fatal: abandon and restore actions are mutually exclusive\n")
        r = await run("gerrit review --json -m hi \(ref)")
        #expect(r.stderr == "fatal: json and message are mutually exclusive\n")
        r = await run("gerrit review --json \(ref)", stdin: "{not json")
        #expect(r.exitStatus == 1 && r.stderr.hasSuffix("fatal: internal error while reading review input\n"))
        r = await run("gerrit review --frob \(ref)")
        #expect(r.stderr == "fatal: \"--frob\" is not a valid option\n")
        let merged = try #require(d.changes.first { $0.status == .merged })
        r = await run("gerrit review --code-review 1 \(merged.number),\(merged.currentPatchSet.number)")
        #expect(r.exitStatus == 1 && r.stderr.contains("closed"))
        // Nothing above changed the change.
        #expect((await server.dataset).change(c.number) == c)
    }

    @Test func aRestrictedVoteIsRefusedAsGerritRefusesItAndChangesNothing() async throws {
        let server = Sim.server(config: SimServerConfig(restrictedVotes: ["Code-Review": [2, -2]]))
        let c = try #require(target(await server.dataset))
        let refused = await server.run(commandLine: "gerrit review --label code-review=+2 \(c.number),\(c.currentPatchSet.number)",
                                       user: "demo")
        #expect(refused.exitStatus == 1)
        #expect(refused.stderr.hasPrefix("error: Applying label \"Code-Review\": 2 is restricted\n"))
        #expect(await server.dataset.change(c.number) == c)
        let allowed = await server.run(commandLine: "gerrit review --label Code-Review=+1 \(c.number),\(c.currentPatchSet.number)",
                                       user: "demo")
        #expect(allowed == SimCommandResult())
        #expect(SimServerConfig.parseRestrictedVotes("Code-Review=+2, Workflow=1") == ["code-review": [2], "workflow": [1]])
        #expect(SimServerConfig.parseRestrictedVotes("Code-Review+2") == nil)
    }

    @Test func submitNeedsTheLabels() async throws {
        let server = Sim.server()
        let c = try #require((await server.dataset).changes.first { c in
            c.status == .new && !c.wip && !c.currentPatchSet.approvals.contains { $0.value < 0 } && !c.currentPatchSet.approvals.contains { $0.label == "Code-Review" && $0.value == 2 }
        })
        let ref = "\(c.number),\(c.currentPatchSet.number)"
        let refused = await server.run(commandLine: "gerrit review --submit \(ref)", user: "demo")
        #expect(refused.exitStatus == 1)
        #expect(refused.stderr.contains("needs Code-Review"))
        #expect(await server.run(commandLine: "gerrit review --verified 1 \(ref)", user: "zuul").exitStatus == 0)
        let ok = await server.run(commandLine: "gerrit review --code-review 2 --label Workflow=+1 --submit \(ref)", user: "demo")
        #expect(ok.exitStatus == 0, "\(ok.stderr)")
        #expect((await server.dataset).change(c.number)?.status == .merged)
        #expect(Sim.numbers(await server.run(commandLine: "gerrit query --format=JSON status:merged change:\(c.number)", user: "demo")) == [c.number])
    }

    @Test func advancingTheClockStampsLaterReviewsWithoutAnEventBurst() async throws {
        let server = Sim.server()
        let c = try #require(target(await server.dataset))
        let later = Sim.now.addingTimeInterval(3 * 3600)
        await server.advanceClock(to: later)
        #expect(await server.nextEventDue() > later)
        _ = await server.run(commandLine: "gerrit review -m ok \(c.number),\(c.currentPatchSet.number)", user: "demo")
        let first = Sim.numbers(await server.run(commandLine: "gerrit query --format=JSON limit:1", user: "demo"))
        #expect(first == [c.number])
        #expect((await server.dataset).change(c.number)?.lastUpdated == Int(later.timeIntervalSince1970))
    }
}
