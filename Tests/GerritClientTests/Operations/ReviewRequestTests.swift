import Foundation
import GerritClient
import GerritModel
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Testing

@Suite struct ReviewRequestTests {
    @Test func plainReviewsAreOneCommandLine() {
        let request = ReviewRequest(change: 1001, patchSet: 3, votes: ["Code-Review": 2, "Verified": -1],
                                    message: "Looks `good` to $USER, \"really\"")
        let commands = request.commands()
        #expect(commands.count == 1)
        #expect(commands.first?.arguments == ["gerrit", "review", "--label", "Code-Review=+2", "--label", "Verified=-1",
                                              "--message", "Looks `good` to $USER, \"really\"", "1001,3"])
        #expect(commands.first?.stdin == nil)
    }

    @Test func commentsAndMultiLineMessagesGoAsJSON() throws {
        let request = ReviewRequest(change: 7, patchSet: 2, votes: ["Code-Review": -1], message: "Two\n\nparagraphs ✓",
                                    comments: [ReviewComment(file: "src/a.c", line: 23, message: "nit"),
                                               ReviewComment(file: "src/a.c", message: "whole file", unresolved: true)])
        let commands = request.commands()
        #expect(commands.map(\.arguments) == [["gerrit", "review", "--json", "7,2"]])
        let body = try #require(commands.first?.stdin)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(json["message"] as? String == "Two\n\nparagraphs ✓")
        #expect((json["labels"] as? [String: Int]) == ["Code-Review": -1])
        let comments = try #require((json["comments"] as? [String: [[String: Any]]])?["src/a.c"])
        #expect(comments.count == 2)
        #expect(comments[0]["line"] as? Int == 23)
        #expect(comments[1]["unresolved"] as? Bool == true)
    }

    @Test func jsonCannotCarryAbandonOrRestoreSoTheyRunApart() {
        let abandon = ReviewRequest(change: 7, patchSet: 2, message: "gone\nfor good", action: .abandon).commands()
        #expect(abandon.map(\.arguments) == [["gerrit", "review", "--json", "7,2"], ["gerrit", "review", "--abandon", "7,2"]])
        let restore = ReviewRequest(change: 7, patchSet: 2, votes: ["Code-Review": 1], message: "back ✓", action: .restore).commands()
        #expect(restore.map(\.arguments) == [["gerrit", "review", "--restore", "7,2"], ["gerrit", "review", "--json", "7,2"]])
    }

    @Test func stderrIsCutToTheServersOwnMessages() {
        let text = "error: change 200103 is closed to new messages\nfatal: one or more reviews failed; review output above\n"
        #expect(ReviewRequest.userMessages(fromStderr: text) == "error: change 200103 is closed to new messages")
        #expect(ReviewRequest.userMessages(fromStderr: "boom\n") == "boom")
    }

    @Test func aRefusalsReasonIsTheServersWordsWithoutItsPrefixesOrSummary() {
        let stderr = "error: Applying label \"Code-Review\": 2 is restricted\nfatal: one or more reviews failed; review output above\n"
        let error = GerritClientError.commandFailed(server: "review.example.org", command: "gerrit review --label Code-Review=+2 5,1",
                                                    status: 1, stderr: stderr)
        #expect(error.reason == "Applying label \"Code-Review\": 2 is restricted")
    }

    @Test func aReviewWithInlineCommentsShowsUpInTheNextQuery() async throws {
        let (client, _) = SimulatedGerrit.client()
        let open = try await client.query(.status("open"), options: QueryOptions(currentPatchSet: true), limit: 1)
        let change = try #require(open.first)
        let patchSet = try #require(change.currentPatchSet?.number)
        let file = change.currentPatchSet?.files.first?.file ?? "/COMMIT_MSG"
        try await client.review(ReviewRequest(change: change.number, patchSet: patchSet, votes: ["Code-Review": -1],
                                              message: "Zoë's \"note\"\n\n$HOME `x`",
                                              comments: [ReviewComment(file: file, line: 1, message: "ünïcode nit")]))
        let after = try await client.query(.change(change.number), options: QueryOptions(currentPatchSet: true, patchSets: true,
                                                                                       comments: true))
        let updated = try #require(after.first)
        #expect(updated.comments.contains { $0.message.contains("Zoë's \"note\"\n\n$HOME `x`") })
        let votes = updated.currentPatchSet?.approvals.filter { $0.by?.username == "demo" && $0.type == "Code-Review" }
        #expect(votes?.map(\.value) == [-1])
        let inline = updated.patchSets.flatMap(\.comments)
        #expect(inline.contains { $0.message == "ünïcode nit" && $0.file == file })
    }

    @Test func abandonAndRestoreChangeTheStatus() async throws {
        let (client, _) = SimulatedGerrit.client()
        let change = try #require(try await client.query(.status("open"), limit: 1).first)
        let patchSet = try #require(change.currentPatchSet?.number)
        try await client.review(ReviewRequest(change: change.number, patchSet: patchSet, message: "not needed", action: .abandon))
        #expect(try await client.query(.change(change.number)).first?.status == .abandoned)
        try await client.review(ReviewRequest(change: change.number, patchSet: patchSet, action: .restore))
        #expect(try await client.query(.change(change.number)).first?.status == .new)
    }

    @Test func aRefusedReviewSaysWhy() async throws {
        let (client, _) = SimulatedGerrit.client()
        let change = try #require(try await client.query(.status("open"), limit: 1).first)
        let patchSet = try #require(change.currentPatchSet?.number)
        do {
            try await client.review(ReviewRequest(change: change.number, patchSet: patchSet, votes: ["No-Such-Label": 1]))
            Issue.record("the review was accepted")
        } catch let error as GerritClientError {
            #expect(error.description.contains("No-Such-Label"))
            #expect(!error.description.contains("one or more reviews failed"))
        }
    }
}

@Suite struct OldServerReviewTests {
    @Test func beforeGerrit29InlineCommentsBecomeOneLineOfMessageQuotingFileAndLine() {
        let request = ReviewRequest(change: 5, patchSet: 2, votes: ["Code-Review": -1], message: "Two things:\nsee below",
                                    comments: [ReviewComment(file: "nova/api.py", line: 12, message: "typo"),
                                               ReviewComment(file: "README", message: "whole file")])
        let flat = request.flattenedForOldServers()
        #expect(flat.comments.isEmpty)
        #expect(flat.message == "Two things: / see below / [nova/api.py:12] typo / [README] whole file")
        let commands = flat.commands()
        #expect(commands.count == 1)
        #expect(!commands[0].arguments.contains("--json"))
        #expect(commands[0].arguments == ["gerrit", "review", "--label", "Code-Review=-1", "--message",
                                          "Two things: / see below / [nova/api.py:12] typo / [README] whole file", "5,2"])
    }

    @Test func anOldServerGetsTheFlatReviewFromTheClient() async throws {
        let transport = ScriptedTransport(expecting: [
            .command(["gerrit", "version"], reply: .lines(["gerrit version 2.8.6"])),
            .command(["gerrit", "review", "--message", "[a.c:3] fix", "9,1"], reply: .lines([])),
        ])
        let client = GerritClient(transport: transport, serverName: "old", user: "me")
        try await client.review(ReviewRequest(change: 9, patchSet: 1, comments: [ReviewComment(file: "a.c", line: 3, message: "fix")]))
        transport.verifyAllConsumed()
    }
}
