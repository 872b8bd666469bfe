import Foundation
import GerritClient
import GerritModel
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Testing

// Serialized: each test runs its own sshd and gerrit-sim processes, and the suite shares 2 cores.
@Suite("GerritClient against gerrit-sim behind a real sshd", sshAvailable, .serialized)
struct GerritClientOverSSHTests {
    static let everything = GerritQuery.raw("status:open OR status:closed")

    @Test(arguments: [false, true])
    func aQueryOfOver1200RowsPagesPastTheCap(oldServer: Bool) async throws {
        var knobs = ["GERRIT_SIM_CHANGES": "1250"]
        if oldServer { knobs["GERRIT_SIM_OLD_SERVER"] = "1" }
        try await GerritSimSSH.withClient(knobs) { client, _ in
            let log = PageLog()
            var numbers: [Int] = []
            for try await change in client.queryStream(Self.everything, options: QueryOptions(currentPatchSet: false, allApprovals: false),
                                                       progress: log.append) {
                numbers.append(change.number)
            }
            #expect(numbers.count == 1250)
            #expect(Set(numbers).count == 1250)
            #expect(log.pages == [1, 2, 3])
        }
    }

    @Test func aLimitIsHonouredAcrossPages() async throws {
        try await GerritSimSSH.withClient(["GERRIT_SIM_PAGE_CAP": "40"]) { client, _ in
            let changes = try await client.query(Self.everything, options: QueryOptions(currentPatchSet: false, allApprovals: false),
                                                 limit: 90)
            #expect(changes.count == 90)
            #expect(Set(changes.map(\.number)).count == 90)
        }
    }

    @Test func garbageAndErrorRowsGiveClearErrors() async throws {
        try await GerritSimSSH.withClient(["GERRIT_SIM_GARBAGE": "1"]) { client, sshd in
            do {
                _ = try await client.query(.status("open"))
                Issue.record("garbage was accepted")
            } catch let error as GerritClientError {
                #expect(error.description == "127.0.0.1:\(sshd.port) query page 1:1: not JSON: Picked up JAVA_TOOL_OPTIONS: -Xmx2g -Dfile.encoding=UTF-8")
            }
        }
        try await GerritSimSSH.withClient { client, sshd in
            do {
                _ = try await client.query(.term("nonsense", "x"))
                Issue.record("an error row was accepted")
            } catch let error as GerritClientError {
                #expect(error.description == "127.0.0.1:\(sshd.port): Unsupported operator nonsense:x")
            }
        }
    }

    @Test(arguments: [false, true])
    func aSlowServerHitsTheIdleTimeout(openSSH: Bool) async throws {
        try await GerritSimSSH.withClient(["GERRIT_SIM_DELAY_MS": "5000"], openSSH: openSSH, commandTimeout: 1) { client, sshd in
            do {
                _ = try await client.query(.status("open"))
                Issue.record("the slow query succeeded")
            } catch let error as TransportError {
                #expect(error.description.hasPrefix("127.0.0.1:\(sshd.port): no answer in 1 s"))
            }
        }
    }

    static let oneLine = #"it's "quoted" $HOME `id` \back\slash {braces} ; | & * ~ 'tail'"#

    @Test func awkwardReviewTextReachesTheServerByteForByte() async throws {
        let state = GerritSimSSH.stateFile()
        defer { try? FileManager.default.removeItem(atPath: state) }
        try await GerritSimSSH.withClient(["GERRIT_SIM_STATE": state, "GERRIT_SIM_CHANGES": "40"]) { client, _ in
            let target = try #require(try await client.query(.status("open"), limit: 1).first)
            let patchSet = try #require(target.currentPatchSet?.number)
            try await client.review(ReviewRequest(change: target.number, patchSet: patchSet,
                                                  votes: ["Code-Review": -1, "Verified": 1], message: Self.oneLine))
            let multiLine = "Zoë's ✓ review\n\nsecond paragraph with $(date) and `x`\n\ttabbed 漢字 😀"
            let file = "/COMMIT_MSG"
            try await client.review(ReviewRequest(change: target.number, patchSet: patchSet, message: multiLine,
                                                  comments: [ReviewComment(file: file, line: 1, message: "nit: \"ü\" `y`")]))
            let after = try #require(try await client.query(.change(target.number),
                                                            options: QueryOptions(currentPatchSet: true, patchSets: true,
                                                                                  comments: true)).first)
            let messages = after.comments.map(\.message)
            #expect(messages.contains { $0.hasSuffix("\n\n" + Self.oneLine) })
            #expect(messages.contains { $0.hasSuffix("\n\n" + multiLine) })
            let mine = (after.currentPatchSet?.approvals ?? []).filter { $0.by?.username == "demo" }
            let votes = Dictionary(mine.map { ($0.type, $0.value) }, uniquingKeysWith: { _, last in last })
            #expect(votes["Code-Review"] == -1 && votes["Verified"] == 1)
            #expect(after.patchSets.flatMap(\.comments).contains { $0.message == "nit: \"ü\" `y`" && $0.file == file })

            try await client.review(ReviewRequest(change: target.number, patchSet: patchSet, message: "bye\nfor now", action: .abandon))
            #expect(try await client.query(.change(target.number)).first?.status == .abandoned)
            try await client.review(ReviewRequest(change: target.number, patchSet: patchSet, action: .restore))
            #expect(try await client.query(.change(target.number)).first?.status == .new)
        }
    }

    @Test func awkwardReviewTextSurvivesTheSystemSSH() async throws {
        let state = GerritSimSSH.stateFile()
        defer { try? FileManager.default.removeItem(atPath: state) }
        try await GerritSimSSH.withClient(["GERRIT_SIM_STATE": state, "GERRIT_SIM_CHANGES": "40"], openSSH: true) { client, _ in
            let target = try #require(try await client.query(.status("open"), limit: 1).first)
            let patchSet = try #require(target.currentPatchSet?.number)
            let multiLine = Self.oneLine + "\nÜnïcode ✓"
            try await client.review(ReviewRequest(change: target.number, patchSet: patchSet, message: Self.oneLine))
            try await client.review(ReviewRequest(change: target.number, patchSet: patchSet, message: multiLine))
            let after = try #require(try await client.query(.change(target.number),
                                                            options: QueryOptions(currentPatchSet: false, comments: true)).first)
            #expect(after.comments.contains { $0.message.hasSuffix("\n\n" + Self.oneLine) })
            #expect(after.comments.contains { $0.message.hasSuffix("\n\n" + multiLine) })
        }
    }
}

/// The pages a progress callback reported.
final class PageLog: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Int] = []
    func append(_ progress: QueryProgress) {
        lock.lock()
        if !progress.finished, seen.last != progress.page { seen.append(progress.page) }
        lock.unlock()
    }
    var pages: [Int] { lock.lock(); defer { lock.unlock() }; return seen }
}
