import Config
import Foundation
import GerritModel
import GerritRemote
import GerritSim
import GerritTestSupport
import Testing
@testable import Store

/// Records effects instead of running them.
final class RecordingRunner: EffectRunner, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Effect] = []

    var effects: [Effect] { lock.withLock { recorded } }

    func run(_ effect: Effect, send: @escaping @Sendable (Action) -> Void) async {
        lock.withLock { recorded.append(effect) }
    }
}

/// Polls `condition` (real time) until it holds or `seconds` pass.
func eventually(within seconds: Double = 20, _ condition: () -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        try? await Task.sleep(nanoseconds: 5_000_000)
    }
    return condition()
}

/// Never finishes an effect until its task is cancelled.
struct BlockingRunner: EffectRunner {
    func run(_ effect: Effect, send: @escaping @Sendable (Action) -> Void) async {
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 1_000_000)
        }
    }
}

/// A server that refuses every query and review, and whose stream closes at once.
struct RefusingService: GerritService {
    var serverName: String { "review.example.org:29418" }
    func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] {
        if query == .change(404) { return [] }
        throw GerritClientError.serverError(server: serverName, message: "permission denied")
    }
    func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate> {
        AsyncStream { continuation in
            continuation.yield(.state(.offline(reason: "review.example.org:29418: connection refused")))
            continuation.finish()
        }
    }
    func serverVersion() async throws -> GerritVersion? { nil }
    func post(_ request: ReviewRequest) async throws {
        throw GerritClientError.commandFailed(server: serverName, command: "gerrit review", status: 1, stderr: "fatal: not permitted")
    }
}

/// Answers `change:N` queries with a change and remembers which were asked.
final class CountingService: GerritService, @unchecked Sendable {
    private let lock = NSLock()
    private var asked: [Int] = []
    var numbers: [Int] { lock.withLock { asked } }
    var serverName: String { "demo" }
    func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] {
        guard case .term("change", let text) = query, let number = Int(text) else { return [] }
        lock.withLock { asked.append(number) }
        return [change(number, subject: "full record")]
    }
    func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate> { AsyncStream { $0.finish() } }
    func serverVersion() async throws -> GerritVersion? { nil }
    func post(_ request: ReviewRequest) async throws {}
}

/// A service with a cache: `status:open` was stored at `savedAt`, nothing else.
struct CachingService: GerritService {
    var savedAt: Date
    var serverName: String { "demo" }
    func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] { [] }
    func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate> { AsyncStream { $0.finish() } }
    func serverVersion() async throws -> GerritVersion? { nil }
    func post(_ request: ReviewRequest) async throws {}
    func cachedChanges(matching query: GerritQuery, options: QueryOptions) -> CachedChanges? {
        switch query {
        case .status("open"): return CachedChanges(changes: [change(7, subject: "from the cache")], savedAt: savedAt)
        case .status("merged"): return CachedChanges(changes: [change(8)], savedAt: savedAt.addingTimeInterval(-60))
        default: return nil
        }
    }
}

/// A service with a cache that records, in order, when it was read and when the server was asked.
final class SlowCacheService: GerritService, @unchecked Sendable {
    private let lock = NSLock()
    private var log: [String] = []
    var events: [String] { lock.withLock { log } }
    private func record(_ event: String) { lock.withLock { log.append(event) } }
    var serverName: String { "demo" }
    func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] {
        record("query")
        return []
    }
    func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate> {
        record("stream")
        return AsyncStream { $0.finish() }
    }
    func serverVersion() async throws -> GerritVersion? {
        record("version")
        return nil
    }
    func post(_ request: ReviewRequest) async throws {}
    func cachedChanges(matching query: GerritQuery, options: QueryOptions) -> CachedChanges? {
        record("cache read")
        return CachedChanges(changes: [change(7)], savedAt: t0)
    }
}

/// A service whose cache hands lists over in pieces, as the SQLite cache does.
struct PiecesCacheService: GerritService {
    var serverName: String { "demo" }
    func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] { [] }
    func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate> { AsyncStream { $0.finish() } }
    func serverVersion() async throws -> GerritVersion? { nil }
    func post(_ request: ReviewRequest) async throws {}
    func readCachedChanges(matching query: GerritQuery, options: QueryOptions, firstPiece: Int,
                           deliver: (CachedChanges, _ complete: Bool) -> Void) {
        let list = (1...5).map { change($0) }
        if firstPiece < list.count {
            deliver(CachedChanges(changes: Array(list.prefix(firstPiece)), savedAt: t0), false)
            deliver(CachedChanges(changes: Array(list.dropFirst(firstPiece)), savedAt: t0), true)
        } else {
            deliver(CachedChanges(changes: list, savedAt: t0), true)
        }
    }
}

/// Collects the actions a runner sends.
final class ActionLog: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []
    var all: [Action] { lock.withLock { actions } }
    func append(_ action: Action) { lock.withLock { actions.append(action) } }
}

@Suite struct StoreRuntimeTests {
    @Test func aWarmStartPaintsWhatTheCacheHoldsAndNothingForACacheThatHoldsNothing() async {
        let saved = t0.addingTimeInterval(-600)
        let runner = GerritEffectRunner(client: CachingService(savedAt: saved), clock: ManualClock(now: t0))
        let log = ActionLog()
        let open = ListQuery(id: QueryID("open"), query: .status("open"), options: AppState.listOptions)
        let merged = ListQuery(id: QueryID("merged"), query: .status("merged"), options: AppState.listOptions)
        let abandoned = ListQuery(id: QueryID("abandoned"), query: .status("abandoned"), options: AppState.listOptions)
        // List by list, in the order asked (the tab on screen comes first), skipping what the cache lacks.
        await runner.run(.loadCachedLists([merged, abandoned, open])) { log.append($0) }
        #expect(log.all == [.cachedChangesLoaded(QueryID("merged"), [change(8)], savedAt: saved.addingTimeInterval(-60)),
                            .cachedChangesLoaded(QueryID("open"), [change(7, subject: "from the cache")], savedAt: saved)])
        let empty = ActionLog()
        await GerritEffectRunner(client: CountingService(), clock: ManualClock(now: t0)).run(.loadCachedLists([open])) { empty.append($0) }
        #expect(empty.all.isEmpty, "no cache: nothing to paint")
    }

    /// Only the tab on screen comes in two pieces: its first screenful is what the first frame
    /// waits for; the lists behind other tabs come whole.
    @Test func theFirstListComesInTwoPiecesAndTheOthersWhole() async {
        let runner = GerritEffectRunner(client: PiecesCacheService(), clock: ManualClock(now: t0))
        let log = ActionLog()
        let open = ListQuery(id: QueryID("open"), query: .status("open"), options: AppState.listOptions)
        let merged = ListQuery(id: QueryID("merged"), query: .status("merged"), options: AppState.listOptions)
        await runner.run(.loadCachedLists([open, merged], firstPiece: 2)) { log.append($0) }
        #expect(log.all == [
            .cachedChangesLoaded(open.id, [change(1), change(2)], savedAt: t0, complete: false),
            .cachedChangesLoaded(open.id, [change(3), change(4), change(5)], savedAt: t0, complete: true),
            .cachedChangesLoaded(merged.id, (1...5).map { change($0) }, savedAt: t0, complete: true),
        ])
    }

    /// A UI's warm start: the refreshes, the event stream and the version check wait until the
    /// tab on screen has been read from the cache, so the first paint has the CPU to itself.
    @Test func aWarmStartAsksTheServerOnlyAfterTheFirstCachedListIsIn() async {
        let service = SlowCacheService()
        let runner = GerritEffectRunner(client: service, clock: ManualClock(now: t0), holdServerUntilCacheRead: true)
        let open = ListQuery(id: QueryID("open"), query: .status("open"), options: AppState.listOptions)
        let log = ActionLog()
        let server = Task {
            async let query: Void = runner.run(.query(id: open.id, query: open.query, options: open.options)) { log.append($0) }
            async let version: Void = runner.run(.detectServerVersion) { log.append($0) }
            async let stream: Void = runner.run(.startEventStream(backfillOptions: AppState.listOptions)) { log.append($0) }
            _ = await (query, version, stream)
        }
        // Nothing reaches the server while the cache has not been read.
        try? await Task.sleep(nanoseconds: 200_000_000)
        #expect(service.events.isEmpty)
        await runner.run(.loadCachedLists([open])) { log.append($0) }
        await server.value
        #expect(service.events.first == "cache read", "\(service.events)")
        #expect(Set(service.events.dropFirst()) == ["query", "version", "stream"])
        // A runner that is not holding anything (the CLI's, the tests') asks at once.
        let direct = SlowCacheService()
        await GerritEffectRunner(client: direct, clock: ManualClock(now: t0))
            .run(.query(id: open.id, query: open.query, options: open.options)) { _ in }
        #expect(direct.events == ["query"])
    }

    @Test func failuresComeBackAsActionsWithMessagesForTheUser() async {
        let clock = ManualClock(now: t0)
        let runner = GerritEffectRunner(client: RefusingService(), clock: clock)
        let log = ActionLog()
        await runner.run(.query(id: QueryID("q"), query: .status("open"), options: AppState.listOptions)) { log.append($0) }
        await runner.run(.loadChangeDetail(number: 404, options: .everything)) { log.append($0) }
        await runner.run(.postReview(id: 3, request: ReviewRequest(change: 1, patchSet: 1, votes: ["Code-Review": 2]))) { log.append($0) }
        await runner.run(.startEventStream(backfillOptions: AppState.listOptions)) { log.append($0) }
        #expect(log.all == [
            .queryFailed(QueryID("q"), message: "review.example.org:29418: permission denied", at: t0),
            .changeDetailFailed(number: 404, message: "review.example.org:29418: change 404 was not found", at: t0),
            // A refusal in the server's own words; the reducer says which review and change.
            .reviewFailed(id: 3, message: "not permitted", at: t0),
            .eventFeed(.state(.offline(reason: "review.example.org:29418: connection refused")), at: t0),
            .eventStreamEnded(at: t0),
        ])
    }

    @Test func walkingTheListInTheWideLayoutLoadsOnlyTheChangeTheCursorRestsOn() async {
        var initial = makeState(width: 160)
        _ = reduce(&initial, .queryFinished(plainTab("nova").queryID, (1...5).map { change($0) }, at: t0))
        let clock = ManualClock(now: t0)
        let service = CountingService()
        let store = Store(initialState: initial, runner: GerritEffectRunner(client: service, clock: clock), clock: clock,
                          frameInterval: 0)
        for _ in 0..<3 { store.send(.commandInvoked(.moveDown)) }
        #expect(await eventually { clock.sleeperCount == 1 && store.runningEffects == 1 })
        clock.advance(by: AppState.detailFollowDelay)
        #expect(await eventually { store.state.detail?.change != nil })
        #expect(service.numbers == [4])
        #expect(store.state.detail == DetailState(number: 4, change: change(4, subject: "full record")))
        #expect(store.state.selectedChange?.subject == "full record")
        store.shutdown()
    }

    @Test func escCancelsTheRunningQueryTasks() async {
        let store = Store(initialState: makeState(tabs: [plainTab("nova"), plainTab("neutron")]), runner: BlockingRunner(),
                          clock: ManualClock(now: t0), frameInterval: 0)
        store.send(.commandInvoked(.refresh))
        #expect(store.runningEffects == 2)
        store.send(.commandInvoked(.back))
        #expect(await eventually { store.runningEffects == 0 })
        store.shutdown()
    }

    @Test func aNewerDetailLoadReplacesTheRunningOne() async {
        var initial = makeState()
        _ = reduce(&initial, .queryFinished(plainTab("nova").queryID, [change(1), change(2)], at: t0))
        let store = Store(initialState: initial, runner: BlockingRunner(), clock: ManualClock(now: t0), frameInterval: 0)
        store.send(.paneClicked(.detail))
        #expect(store.runningEffects == 1)
        store.send(.paneClicked(.list))
        store.send(.commandInvoked(.moveDown))
        store.send(.paneClicked(.detail))
        #expect(store.state.detail?.number == 2)
        #expect(store.runningEffects == 1)
        store.shutdown()
        #expect(store.runningEffects == 0)
    }

    @Test func aBurstOfActionsIsPublishedAsOneState() async throws {
        var initial = makeState()
        _ = reduce(&initial, .queryFinished(plainTab("nova").queryID, (1...50).map { change($0) }, at: t0))
        let clock = ManualClock(now: t0)
        let store = Store(initialState: initial, runner: RecordingRunner(), clock: clock)
        var states = store.states().makeAsyncIterator()
        let first = await states.next()
        #expect(first == initial)

        for _ in 0..<30 { store.send(.commandInvoked(.moveDown)) }
        #expect(await eventually { clock.sleeperCount == 1 })
        // Published states are paced at 20 a second (keys are drawn by the UI loop at once):
        // a sixtieth of a second later nothing is published yet.
        clock.advance(by: 1.0 / 60.0)
        #expect(clock.sleeperCount == 1)
        clock.advance(by: Store.backgroundFrameInterval - 1.0 / 60.0)
        let next = await states.next()
        #expect(next?.tabs[0].selection == 31)
        #expect(store.state == next)
        // After a quiet spell a lone change goes out at once, without the timer.
        clock.advance(by: 2 * Store.backgroundFrameInterval)
        store.send(.commandInvoked(.moveUp))
        let lone = await states.next()
        #expect(lone?.tabs[0].selection == 30)
        #expect(clock.sleeperCount == 0)
        store.shutdown()
        #expect(await states.next() == nil)
    }

    /// The first rows of a warm start do not wait for the frame timer the launch started.
    @Test func aCachedListIsPublishedAtOnceEvenRightAfterAnotherState() async throws {
        let clock = ManualClock(now: t0)
        let store = Store(initialState: makeState(), runner: RecordingRunner(), clock: clock)
        var states = store.states().makeAsyncIterator()
        _ = await states.next()
        store.send(.commandInvoked(.moveDown))
        #expect(await eventually { clock.sleeperCount == 1 }, "an ordinary change waits for the timer")
        let saved = t0.addingTimeInterval(-60)
        store.send(.cachedChangesLoaded(plainTab("nova").queryID, [change(3)], savedAt: saved, complete: false))
        let painted = await states.next()
        #expect(painted?.rows.map(\.number) == [3])
        #expect(clock.sleeperCount == 1, "published before the timer fired")
        store.shutdown()
    }

    @Test func effectsGoToTheRunnerAndQuitEndsTheStateStream() async throws {
        let runner = RecordingRunner()
        let store = Store(initialState: makeState(), runner: runner, clock: ManualClock(now: t0), frameInterval: 0)
        var states = store.states().makeAsyncIterator()
        _ = await states.next()
        store.send(.launched(at: t0))
        let tab = plainTab("nova")
        #expect(await eventually { runner.effects.count == 6 })
        #expect(Set(runner.effects.map { "\($0)" }) == Set([
            Effect.loadCachedLists([ListQuery(id: tab.queryID, query: tab.query, options: AppState.listOptions)],
                                   firstPiece: AppState.minimumFirstCachedPiece),
            .query(id: tab.queryID, query: tab.query, options: AppState.listOptions),
            .startEventStream(backfillOptions: AppState.listOptions), .scheduleTick(after: 1),
            .loadLocalState, .detectServerVersion,
        ].map { "\($0)" }))
        store.send(.commandInvoked(.quit))
        #expect(store.isFinished)
        // The last state (quitting) is still delivered, then the stream ends.
        var last: AppState?
        while let state = await states.next() { last = state }
        #expect(last?.isQuitting == true)
        store.send(.commandInvoked(.refresh))
        #expect(store.state.inFlightQueries == [tab.queryID])
    }

    @Test func theTimerTicksOnTheInjectedClock() async throws {
        let clock = ManualClock(now: t0)
        let client = SimulatedService(server: GerritSimServer(now: t0), serverName: "demo")
        let store = Store(initialState: makeState(tabs: []), runner: GerritEffectRunner(client: client, clock: clock),
                          clock: clock, frameInterval: 0)
        store.send(.tick(t0))
        #expect(await eventually { clock.sleeperCount >= 1 })
        clock.advance(by: 1)
        #expect(await eventually { store.state.now == t0.addingTimeInterval(1) })
        store.shutdown()
    }

    @Test func theDemoServerLoadsEveryTabAndStreamsEventsIntoTheStore() async throws {
        let now = t0
        let clock = ManualClock(now: now)
        let client = SimulatedService(server: GerritSimServer(now: now), serverName: "demo", eventLimit: 12)
        var settings = Settings.defaults(home: "/nonexistent-home")
        settings.organization.bots = ["zuul", "jenkins", "citrix_xenserver_ci", "vmware-nsx-ci", "hyper-v-ci"]
        let store = Store.live(service: client, user: "demo", settings: settings, clock: clock)
        defer { store.shutdown() }
        store.send(.launched(at: now))

        // Generous: on two cores the whole suite shares the cooperative pool with this test.
        let loaded = await eventually(within: 90) {
            let state = store.state
            return state.tabs.allSatisfy { $0.members != nil } && state.watch.entries.count >= 5
        }
        #expect(loaded)
        let state = store.state
        // The simulator says it is Gerrit 3.9: an attention tab joins the defaults.
        #expect(state.tabs.map(\.id) == ["mine", "anyones", "noones", "others", "approvable", "expirable", "my-changes",
                                         "attention"])
        #expect(state.connection == .live)
        #expect(state.tabs.allSatisfy { $0.error == nil })
        #expect(state.inFlightQueries.isEmpty)
        #expect(!state.changes.isEmpty)
        // Every tab's count is what its rows are; the server said I review everything in "mine".
        for (index, title) in state.tabTitles.enumerated() {
            #expect(title.count == state.rows(inTab: index).count)
        }
        let mineCount = state.tabs[0].members?.filter { number in
            guard let change = state.changes[number] else { return false }
            var judged = change
            judged.allReviewers.append(Account(username: "demo"))
            return change.isOpen && state.classifierSettings.classifier.categories(of: judged, now: state.now).contains(.mine)
        }.count
        #expect(state.tabTitles[0].count == mineCount)
        #expect(Set(state.tabs[0].members ?? []).isSubset(of: state.reviewedByMe))
        // Events about changes the lists hold updated them in place.
        let touched = state.watch.entries.compactMap(\.change).filter { state.changes[$0] != nil }
        #expect(touched.allSatisfy { number in
            (state.changes[number]?.lastUpdated ?? .distantPast) >= now.addingTimeInterval(-1)
        } || touched.isEmpty)
    }
}
