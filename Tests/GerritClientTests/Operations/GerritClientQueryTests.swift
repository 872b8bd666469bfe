import Foundation
import GerritClient
import GerritModel
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// Rows so far, as the progress callback saw them.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [QueryProgress] = []
    func append(_ item: QueryProgress) { lock.lock(); items.append(item); lock.unlock() }
    var all: [QueryProgress] { lock.lock(); defer { lock.unlock() }; return items }
}

@Suite struct GerritClientQueryTests {
    static let everything = GerritQuery.raw("status:open OR status:closed")

    /// The whole dataset in one answer, to compare paged results against.
    static func unpaged(oldServer: Bool) async throws -> [Int] {
        let (client, _) = SimulatedGerrit.client(pageCap: 10_000, oldServer: oldServer)
        return try await client.query(everything).map(\.number)
    }

    @Test(arguments: [false, true])
    func pagingReturnsEveryChangeOnceInServerOrder(oldServer: Bool) async throws {
        let (simulated, server) = SimulatedGerrit.client(pageCap: 50, oldServer: oldServer)
        let recording = RecordingTransport(simulated.transport)
        let client = GerritClient(transport: recording, serverName: "sim", user: "demo")
        let log = ProgressLog()
        let numbers = try await client.query(Self.everything, progress: log.append).map(\.number)
        #expect(numbers == (try await Self.unpaged(oldServer: oldServer)))
        #expect(Set(numbers).count == numbers.count)
        #expect(numbers.count == 320)
        let pages = recording.commands.filter { $0.arguments.contains("query") }
        #expect(pages.count == 7)
        let second = pages[1].arguments
        if oldServer {
            #expect(!second.contains("--start"))
            #expect(second.last?.contains(" resume_sortkey:") == true)
        } else {
            #expect(second.contains("--start") && second.contains("50"))
        }
        #expect(log.all.last == QueryProgress(page: 7, rows: 320, finished: true))
        #expect(log.all.contains(QueryProgress(page: 2, rows: 50)))
        _ = server
    }

    @Test func aLimitStopsPagingAndIsPushedIntoTheQuery() async throws {
        let (simulated, _) = SimulatedGerrit.client(pageCap: 50)
        let recording = RecordingTransport(simulated.transport)
        let client = GerritClient(transport: recording, serverName: "sim", user: "demo")
        var received: [Change] = []
        for try await change in client.queryStream(Self.everything, limit: 120) { received.append(change) }
        #expect(received.count == 120)
        let texts = recording.commands.compactMap(\.arguments.last)
        #expect(texts == ["limit:120 (status:open OR status:closed)", "limit:70 (status:open OR status:closed)",
                          "limit:20 (status:open OR status:closed)"])
    }

    @Test func anAmbiguousFullPageAsksTheVersionOnce() async throws {
        let rows = (1...500).map { #"{"project":"p","number":\#($0),"sortKey":"\#(String(format: "%016x", 10_000 - $0))"}"# }
        let transport = ScriptedTransport { command, _ in
            let words = command.arguments
            if words.contains("version") { return .lines(["gerrit version 2.8.6"]) }
            let text = words.last ?? ""
            if text.contains("resume_sortkey:") {
                return text.contains(String(format: "%016x", 10_000 - 500))
                    ? .lines([#"{"project":"p","number":501}"#, #"{"type":"stats","rowCount":1}"#])
                    : .lines([#"{"type":"stats","rowCount":0}"#])
            }
            return .lines(rows + [#"{"type":"stats","rowCount":500}"#])
        }
        let client = GerritClient(transport: transport, serverName: "old", user: "me")
        let changes = try await client.query(.status("open"))
        #expect(changes.count == 501)
        #expect(transport.commands.filter { $0.arguments.contains("version") }.count == 1)
        #expect(try await client.serverVersion() == GerritVersion(major: 2, minor: 8, patch: 6))
        #expect(transport.commands.filter { $0.arguments.contains("version") }.count == 1)
    }

    @Test func anErrorRowIsAServerError() async throws {
        let (client, _) = SimulatedGerrit.client()
        await #expect(throws: GerritClientError.serverError(server: "sim", message: "Unsupported operator nonsense:x")) {
            _ = try await client.query(.term("nonsense", "x"))
        }
    }

    @Test func garbageOutputNamesThePageAndLine() async throws {
        let (client, _) = SimulatedGerrit.client(garbageLine: true)
        do {
            _ = try await client.query(.status("open"))
            Issue.record("garbage was accepted")
        } catch let error as GerritClientError {
            #expect(error.description.hasPrefix("sim query page 1:1: not JSON: Picked up JAVA_TOOL_OPTIONS"))
        }
    }

    @Test func aFailedCommandCarriesItsStderr() async throws {
        let transport = ScriptedTransport { _, _ in .lines([], end: .exit(status: 1, stderr: "fatal: gerrit: query: not found\n")) }
        let client = GerritClient(transport: transport, serverName: "h:1", user: "me")
        do {
            _ = try await client.query(.status("open"))
            Issue.record("no error")
        } catch let error as GerritClientError {
            #expect(error.description.contains("h:1") && error.description.contains("fatal: gerrit: query: not found"))
        }
    }
}
