import Foundation
import GerritModel
import GerritRemote
import Testing
@testable import Store

/// Answers a query only when the test lets it go, and keeps how many ran at once.
final class GatedService: GerritService, @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private var mostAtOnce = 0
    private var started: [String] = []
    private var gates: [String: CheckedContinuation<Void, Never>] = [:]

    var serverName: String { "gated" }
    var peak: Int { lock.withLock { mostAtOnce } }
    var begun: [String] { lock.withLock { started } }

    func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] {
        let text = query.rendered
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            lock.withLock {
                running += 1
                mostAtOnce = max(mostAtOnce, running)
                started.append(text)
                gates[text] = continuation
            }
        }
        lock.withLock { running -= 1 }
        return []
    }

    /// Lets the query `text` answer; false when it has not started.
    func letGo(_ text: String) -> Bool {
        let gate: CheckedContinuation<Void, Never>? = lock.withLock { gates.removeValue(forKey: text) }
        gate?.resume()
        return gate != nil
    }

    func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate> { AsyncStream { _ in } }
    func serverVersion() async throws -> GerritVersion? { nil }
    func post(_ request: ReviewRequest) async throws {}
}

@Suite struct ListQueryTurnTests {
    @Test func tabListsAreAskedOneAtATimeInOrderAndMembershipQuestionsDoNotWait() async {
        let service = GatedService()
        let runner = GerritEffectRunner(client: service, clock: ManualClock(now: t0))
        let log = ActionLog()
        let lists = ["status:open", "status:merged", "status:abandoned"]
        var tasks: [Task<Void, Never>] = []
        for (index, text) in lists.enumerated() {
            tasks.append(Task { await runner.run(.query(id: QueryID(text), query: .raw(text), options: AppState.listOptions)) { log.append($0) } })
            // Started in order, as the store starts them: each in line before the next.
            #expect(await eventually { service.begun.count == 1 && runner.listQueries.waiting == index })
        }
        tasks.append(Task {
            await runner.run(.query(id: .membership([7], tab: "attention"), query: .raw("change:7 attention:me"),
                                    options: AppState.listOptions)) { log.append($0) }
        })
        // The first list runs; the others wait; the membership question goes past them.
        #expect(await eventually { service.begun.contains("change:7 attention:me") })
        #expect(service.begun.filter { lists.contains($0) } == ["status:open"])
        #expect(service.letGo("change:7 attention:me"))
        for (index, text) in lists.enumerated() {
            #expect(await eventually { service.begun.contains(text) }, "\(text) never started")
            #expect(service.begun.filter { lists.contains($0) } == Array(lists.prefix(index + 1)))
            #expect(service.letGo(text))
        }
        for task in tasks { await task.value }
        #expect(service.peak == 2, "one list and the membership question at most")
        #expect(log.all.count == 4)
    }

    @Test func aWaitingQueryThatIsCancelledGivesUpItsTurnAndSendsNothing() async {
        let service = GatedService()
        let runner = GerritEffectRunner(client: service, clock: ManualClock(now: t0))
        let log = ActionLog()
        let first = Task { await runner.run(.query(id: QueryID("a"), query: .raw("status:open"), options: AppState.listOptions)) { log.append($0) } }
        #expect(await eventually { service.begun == ["status:open"] })
        let second = Task { await runner.run(.query(id: QueryID("b"), query: .raw("status:merged"), options: AppState.listOptions)) { log.append($0) } }
        #expect(await eventually { runner.listQueries.waiting == 1 })
        let third = Task { await runner.run(.query(id: QueryID("c"), query: .raw("status:abandoned"), options: AppState.listOptions)) { log.append($0) } }
        #expect(await eventually { runner.listQueries.waiting == 2 })
        second.cancel()
        await second.value
        #expect(runner.listQueries.waiting == 1)
        #expect(service.letGo("status:open"))
        await first.value
        // The turn passes over the cancelled one to the next.
        #expect(await eventually { service.begun == ["status:open", "status:abandoned"] })
        #expect(service.letGo("status:abandoned"))
        await third.value
        #expect(log.all.count == 2)
    }

    @Test func theTabOnScreenIsAskedFirst() {
        var state = AppState(settings: .defaults(home: "/nonexistent"), serverName: "sim", user: "demo", now: t0)
        state.currentTab = 2
        let order = state.startQueries().compactMap { effect -> QueryID? in
            if case .query(let id, _, _) = effect { return id }
            return nil
        }
        #expect(order.first == state.tabs[2].spec.queryID)
        #expect(Set(order) == Set(state.tabs.map(\.spec.queryID)))
    }
}

@Suite struct AsyncLimiterTests {
    @Test func atMostTheLimitHoldATurnAndTheLongestWaiterGetsTheNext() async {
        let limiter = AsyncLimiter(limit: 2)
        #expect(await limiter.acquire())
        #expect(await limiter.acquire())
        let order = ActionLog()
        let x = Task { if await limiter.acquire() { order.append(.noticePosted("x")) } }
        #expect(await eventually { limiter.waiting == 1 })
        let y = Task { if await limiter.acquire() { order.append(.noticePosted("y")) } }
        #expect(await eventually { limiter.waiting == 2 })
        try? await Task.sleep(nanoseconds: 100_000_000)
        #expect(order.all.isEmpty)
        limiter.release()
        #expect(await eventually { order.all == [.noticePosted("x")] })
        limiter.release()
        await x.value
        await y.value
        #expect(order.all == [.noticePosted("x"), .noticePosted("y")])
    }
}
