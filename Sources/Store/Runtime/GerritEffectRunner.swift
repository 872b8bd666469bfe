import Foundation
import GerritModel
import GerritRemote

/// Runs effects against a `GerritService` (a `GerritClient`, or a caching one): queries,
/// the event stream, reviews and timers.
///
/// Bell, clipboard and browser are the host's business (they need the terminal, or differ per
/// desktop), so `Effect.host` requests go to `host`, which the TUI loop drains; `quit` is
/// handled by `Store`.
public struct GerritEffectRunner: EffectRunner {
    public let client: any GerritService
    public let clock: any StoreClock
    /// Where host requests go.
    public let host: HostChannel
    /// Where the local state (unsent reviews, seen and reviewed marks) is kept.
    public let storage: any LocalStateStorage
    /// Where the code comes from (git from the server, or the simulator); nil: no diffs.
    public let diffSource: (any DiffSource)?
    /// Closed until the first cached list is read when the runner serves a warm start.
    private let serverWork: StartGate
    /// Tab list queries run one at a time: each holds its decoded changes and their cache
    /// encoding until it is handed over, and a start's refresh of every tab at once, while the
    /// cached lists were still on screen, peaked at 146–171 MB with 20,000 changes (138–139 MB
    /// one at a time; two at a time gained nothing). Memory is then bounded by the largest list,
    /// not by how many tabs there are; the refresh of them all takes longer (BENCHMARKS.md).
    /// Membership questions (a few changes each) do not wait for them.
    let listQueries = AsyncLimiter(limit: 1)

    /// - Parameter holdServerUntilCacheRead: a UI's runner: queries, the event stream and the
    ///   version check wait until `loadCachedLists` has read its first list (the tab on screen).
    public init(client: any GerritService, clock: any StoreClock, host: HostChannel = HostChannel(),
                storage: any LocalStateStorage = NoLocalStateStorage(), diffSource: (any DiffSource)? = nil,
                holdServerUntilCacheRead: Bool = false) {
        self.client = client
        self.clock = clock
        self.host = host
        self.storage = storage
        self.diffSource = diffSource
        self.serverWork = StartGate(open: !holdServerUntilCacheRead)
    }

    public func run(_ effect: Effect, send: @escaping @Sendable (Action) -> Void) async {
        switch effect {
        case .loadLocalState:
            do {
                guard let data = try storage.load() else {
                    send(.localStateLoaded(nil, problem: nil))
                    return
                }
                send(.localStateLoaded(try LocalStateCoding.decode(data), problem: nil))
            } catch {
                send(.localStateLoaded(nil, problem: "Could not read the saved drafts and marks: \(Self.describe(error)); starting without them"))
            }
        case .loadCachedLists(let queries, let firstPiece):
            // One list at a time, in the order asked (the tab on screen first), and the first
            // list in two pieces: the first frame with rows waits for a screenful to be read
            // and decoded, not for every list. The server work held for this starts once that
            // first list is in the store.
            defer { serverWork.open() }
            for (index, list) in queries.enumerated() {
                if Task.isCancelled { return }
                client.readCachedChanges(matching: list.query, options: list.options,
                                         firstPiece: index == 0 ? firstPiece : .max) { cached, complete in
                    send(.cachedChangesLoaded(list.id, cached.changes, savedAt: cached.savedAt, complete: complete))
                }
                serverWork.open()
            }
        case .saveLocalState(let state):
            // A newer save replaces this one by cancelling it (the store does, before the newer
            // one starts). Asked when this save's turn at the file comes, not before: a save
            // replaced while it waited would land after the newer one and put older drafts back.
            do {
                try storage.save(try LocalStateCoding.encode(state), unless: { Task.isCancelled })
            } catch {
                send(.localStateSaveFailed("Could not save drafts and marks: \(Self.describe(error))"))
            }
        case .detectServerVersion:
            await serverWork.wait()
            if let version = try? await client.serverVersion() {
                send(.serverVersionFound(major: version.major, minor: version.minor))
            }
        case .query(let id, let query, let options):
            await serverWork.wait()
            let waitsItsTurn = !id.isMembership
            if waitsItsTurn { guard await listQueries.acquire() else { return } }
            defer { if waitsItsTurn { listQueries.release() } }
            do {
                let changes = try await client.changes(matching: query, options: options)
                send(.queryFinished(id, changes, at: clock.now()))
            } catch {
                // A cancelled query (Esc, or replaced) fails however the transport fails: stay quiet.
                if Task.isCancelled || error is CancellationError { return }
                send(.queryFailed(id, message: Self.describe(error), at: clock.now()))
            }
        case .prefetchChangeDetail(let number, let options, let delay):
            do {
                try await clock.sleep(for: delay)
            } catch {
                return
            }
            await run(.loadChangeDetail(number: number, options: options), send: send)
        case .loadChangeDetail(let number, let options):
            do {
                let changes = try await client.changes(matching: .change(number), options: options)
                if let change = changes.first(where: { $0.number == number }) ?? changes.first {
                    send(.changeDetailLoaded(change, at: clock.now()))
                } else {
                    send(.changeDetailFailed(number: number, message: "\(client.serverName): change \(number) was not found",
                                             at: clock.now()))
                }
            } catch {
                if Task.isCancelled || error is CancellationError { return }
                send(.changeDetailFailed(number: number, message: Self.describe(error), at: clock.now()))
            }
        case .loadDiff(let request):
            guard let diffSource else {
                send(.diffFailed(change: request.change, patchSet: request.patchSet, base: request.base,
                                 message: "Diffs are not available here", at: clock.now()))
                return
            }
            do {
                let diff = try await diffSource.diff(request) { text in
                    send(.diffProgress(change: request.change, text: text))
                }
                if Task.isCancelled { return }
                send(.diffLoaded(diff, at: clock.now()))
            } catch {
                if Task.isCancelled || error is CancellationError { return }
                send(.diffFailed(change: request.change, patchSet: request.patchSet, base: request.base,
                                 message: Self.describe(error), at: clock.now()))
            }
        case .fetchChanges(let numbers, let me, let options, let delay):
            do {
                if delay > 0 { try await clock.sleep(for: delay) }
                let asked = Set(numbers)
                let reviewed = try await client.changes(matching: .and([.or(numbers.map { .change($0) }), .reviewer(me)]),
                                                        options: options)
                var found: [Int: Change] = [:]
                for change in reviewed where asked.contains(change.number) { found[change.number] = change }
                let reviewedNumbers = Set(found.keys)
                let rest = numbers.filter { found[$0] == nil }
                if !rest.isEmpty {
                    for change in try await client.changes(matching: .or(rest.map { .change($0) }), options: options)
                    where asked.contains(change.number) && found[change.number] == nil {
                        found[change.number] = change
                    }
                }
                send(.changesFetched(numbers.map { FetchedChange(number: $0, change: found[$0], reviewedByMe: reviewedNumbers.contains($0)) },
                                     at: clock.now()))
            } catch {
                if Task.isCancelled || error is CancellationError { return }
                send(.changesFetchFailed(numbers: numbers, message: Self.describe(error), at: clock.now()))
            }
        case .startEventStream(let backfillOptions):
            await serverWork.wait()
            for await update in client.eventFeed(backfillOptions: backfillOptions) {
                if Task.isCancelled { return }
                send(.eventFeed(update, at: clock.now()))
            }
            if !Task.isCancelled { send(.eventStreamEnded(at: clock.now())) }
        case .postReview(let id, let request):
            do {
                try await client.post(request)
                send(.reviewFinished(id: id, at: clock.now()))
            } catch {
                send(.reviewFailed(id: id, message: Self.refusal(error), at: clock.now()))
            }
        case .scheduleTick(let seconds):
            do {
                try await clock.sleep(for: seconds)
                send(.tick(clock.now()))
            } catch {
                return
            }
        case .scheduleDraftSave(let seconds):
            do {
                try await clock.sleep(for: seconds)
                send(.draftSaveDelayPassed)
            } catch {
                return
            }
        case .host(let request):
            host.post(request)
        case .quit, .cancelQuery, .cancelDiff:
            // The store handles these itself.
            return
        }
    }

    /// A user-facing message: our errors describe themselves; others use their description.
    /// Why the server refused a review, in its words (no command line): the reducer says which
    /// review and which change.
    static func refusal(_ error: any Error) -> String {
        if let error = error as? GerritClientError { return error.reason }
        return describe(error)
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? GerritClientError { return error.description }
        if let error = error as? TransportError { return error.description }
        if let error = error as? DiffSourceError { return error.description }
        if let error = error as? LocalizedError, let text = error.errorDescription { return text }
        return String(describing: error)
    }
}
