import Foundation
import GerritClient
import GerritModel
import GerritSim
import GerritRemote
import GerritTestSupport
import Testing

/// A clock that does not wait: it records each sleep and moves its time forward.
final class FakeClock: FeedClock, @unchecked Sendable {
    private let lock = NSLock()
    private var time = Date(timeIntervalSince1970: 1_764_000_000)
    private var slept: [Double] = []

    var now: Date { lock.lock(); defer { lock.unlock() }; return time }
    var sleeps: [Double] { lock.lock(); defer { lock.unlock() }; return slept }

    private func advance(_ seconds: Double) {
        lock.lock()
        slept.append(seconds)
        time = time.addingTimeInterval(seconds)
        lock.unlock()
    }

    func sleep(seconds: Double) async throws {
        try Task.checkCancellation()
        advance(seconds)
        await Task.yield()
    }
}

/// Reads updates until `stop` says enough (or `max` updates), then cancels the feed.
func collect(_ feed: AsyncStream<EventFeedUpdate>, max: Int = 200,
             until stop: ([EventFeedUpdate]) -> Bool) async -> [EventFeedUpdate] {
    var updates: [EventFeedUpdate] = []
    for await update in feed {
        updates.append(update)
        if stop(updates) || updates.count >= max { break }
    }
    return updates
}

@Suite struct EventFeedTests {
    static let lost = TransportError.connectionLost(address: "h:1", reason: "reset by peer")

    @Test func backOffDoublesUpToTheCap() {
        let policy = ReconnectPolicy()
        #expect((1...9).map(policy.delay(forAttempt:)) == [0.5, 1, 2, 4, 8, 16, 30, 30, 30])
    }

    @Test func aBrokenStreamReconnectsAndBackfillsTheGap() async throws {
        let events = await SimulatedGerrit.eventLines(count: 4)
        let backfillRow = #"{"project":"p","number":4242,"lastUpdated":1764000100}"#
        let clock = FakeClock()
        // Sessions: two events then a cut line; then two connection failures; then a live stream.
        let sessions = SessionScript([
            .lines(Array(events.prefix(2)) + [String(events[2].prefix(30))], end: .broken(Self.lost)),
            .fail(Self.lost),
            .fail(Self.lost),
            .lines([events[3]], end: .hang),
        ])
        let scripted = ScriptedTransport { command, _ in
            if command.arguments.contains("stream-events") { return sessions.next() }
            return .lines([backfillRow, #"{"type":"stats","rowCount":1,"moreChanges":false}"#])
        }
        let client = GerritClient(transport: scripted, serverName: "h:1", user: "me")
        let updates = await collect(client.events(reconnect: ReconnectPolicy(clock: clock))) { updates in
            updates.filter { if case .event = $0 { return true }; return false }.count == 3
        }
        let states = updates.compactMap { update -> ConnectionState? in
            if case .state(let state) = update { return state }
            return nil
        }
        let reason = Self.lost.description
        #expect(states == [.connecting, .live, .reconnecting(attempt: 1, delay: 0.5, reason: reason), .connecting,
                           .reconnecting(attempt: 2, delay: 1, reason: reason), .connecting,
                           .reconnecting(attempt: 3, delay: 2, reason: reason), .connecting, .live])
        #expect(clock.sleeps == [0.5, 1, 2])
        // The half line of the cut stream is not reported as a server problem.
        #expect(!updates.contains { if case .undecodable = $0 { return true }; return false })
        let backfills = updates.compactMap { update -> [Change]? in
            if case .backfill(let changes) = update { return changes }
            return nil
        }
        #expect(backfills.map { $0.map(\.number) } == [[4242]])
        // The catch-up window covers the time since the last event (3.5 s of back-off) plus the overlap.
        let query = scripted.commands.first { $0.arguments.contains("query") }
        #expect(query?.arguments.last == "limit:500 -age:64s")
        // The backfill comes right after going live, before the new session's events.
        if let live = updates.lastIndex(of: .state(.live)) {
            if case .backfill = updates[live + 1] {} else { Issue.record("no backfill right after .live: \(updates[live + 1])") }
        }
    }

    @Test func hostKeyAndAuthenticationProblemsStopTheFeed() async {
        let transport = ScriptedTransport { _, _ in
            .fail(.authenticationFailed(address: "h:1", user: "me", tried: ["key /k: refused"]))
        }
        let client = GerritClient(transport: transport, serverName: "h:1", user: "me")
        var updates: [EventFeedUpdate] = []
        for await update in client.events(reconnect: ReconnectPolicy(clock: FakeClock())) { updates.append(update) }
        #expect(updates.count == 2)
        #expect(updates.first == .state(.connecting))
        if case .state(.offline(let reason))? = updates.last {
            #expect(reason.contains("authentication as me failed"))
        } else {
            Issue.record("expected .offline, got \(updates)")
        }
    }

    @Test func maxAttemptsGivesUp() async {
        let transport = ScriptedTransport { _, _ in .fail(Self.lost) }
        let client = GerritClient(transport: transport, serverName: "h:1", user: "me")
        var updates: [EventFeedUpdate] = []
        for await update in client.events(reconnect: ReconnectPolicy(maxAttempts: 2, clock: FakeClock())) {
            updates.append(update)
        }
        #expect(updates.last == .state(.offline(reason: Self.lost.description)))
        #expect(transport.commands.count == 3)
    }

    @Test func cancellingTheConsumerStopsTheFeed() async throws {
        let transport = ScriptedTransport { _, _ in .lines([], end: .hang) }
        let client = GerritClient(transport: transport, serverName: "h:1", user: "me")
        let task = Task { () -> [EventFeedUpdate] in
            var updates: [EventFeedUpdate] = []
            for await update in client.events() {
                updates.append(update)
                // Cancel from inside once live, as a closing TUI would.
                if update == .state(.live) { withUnsafeCurrentTask { $0?.cancel() } }
            }
            return updates
        }
        let updates = await task.value
        #expect(updates == [.state(.connecting), .state(.live)])
        try await Task.sleep(nanoseconds: 200_000_000)
        #expect(transport.commands.count == 1)
    }

    @Test func theDemoFeedStreamsSimulatedEvents() async {
        let client = GerritClient(transport: SimulatedTransport.demo(now: SimulatedGerrit.fixedNow, realTimeEvents: false),
                                  serverName: "demo", user: "demo")
        let updates = await collect(client.events()) { $0.count >= 5 }
        #expect(updates.prefix(2) == [.state(.connecting), .state(.live)])
        #expect(updates.dropFirst(2).allSatisfy { if case .event = $0 { return true }; return false })
    }
}

/// Hands out scripted replies for successive stream-events sessions (then hangs).
final class SessionScript: @unchecked Sendable {
    private let lock = NSLock()
    private var replies: [ScriptedTransport.Reply]

    init(_ replies: [ScriptedTransport.Reply]) { self.replies = replies }

    func next() -> ScriptedTransport.Reply {
        lock.lock()
        defer { lock.unlock() }
        return replies.isEmpty ? .lines([], end: .hang) : replies.removeFirst()
    }
}

@Suite struct DroppedOutputTests {
    @Test func droppedOutputTriggersACatchUpWithoutReconnecting() async {
        let events = await SimulatedGerrit.eventLines(count: 2)
        let transport = ScriptedTransport { command, _ in
            if command.arguments.contains("query") {
                return .lines([#"{"project":"p","number":77}"#, #"{"type":"stats","rowCount":1,"moreChanges":false}"#])
            }
            return .lines([events[0], #"{"type":"dropped-output","eventCreatedOn":1764000000}"#, events[1]], end: .hang)
        }
        let client = GerritClient(transport: transport, serverName: "h:1", user: "me")
        let updates = await collect(client.events(reconnect: ReconnectPolicy(clock: FakeClock()))) { $0.count >= 6 }
        #expect(updates.count == 6)
        guard case .backfill(let changes) = updates[4] else {
            Issue.record("expected the backfill right after dropped-output, got \(updates)")
            return
        }
        #expect(changes.map(\.number) == [77])
        #expect(!updates.contains { if case .state(.reconnecting) = $0 { return true }; return false })
        #expect(transport.commands.filter { $0.arguments.contains("stream-events") }.count == 1)
    }
}
