import Config
import Foundation
import GerritRemote

/// Holds the `AppState`, runs `reduce` for every action, runs the effects it returns, and
/// publishes states for rendering.
///
/// Thread-safe: `send` may be called from any task (keys from the terminal loop, results from
/// effect tasks). States are published at most once per `frameInterval` and only the newest one
/// is kept for a slow reader, so a burst of actions costs one frame.
public final class Store: @unchecked Sendable {
    // @unchecked: every mutable field is guarded by `lock`.
    private let lock = NSLock()
    private var current: AppState
    /// Counts the actions reduced: a reader that remembers it knows whether anything it drew
    /// from can have changed.
    private var revision: UInt64 = 0
    private let runner: any EffectRunner
    private let clock: any StoreClock
    private let frameInterval: Double
    private var tasks: [Int: Task<Void, Never>] = [:]
    /// The running task of each `Effect.cancellationKey`.
    private var keyedTasks: [String: Int] = [:]
    private var nextTaskID = 0
    private var subscribers: [Int: AsyncStream<AppState>.Continuation] = [:]
    private var nextSubscriberID = 0
    private var framePending = false
    /// When a state was last handed to the readers (nil: never).
    private var lastPublished: Date?
    private var finished = false

    /// Creates a store.
    ///
    /// - Parameters:
    ///   - initialState: the state before anything loaded.
    ///   - runner: what carries out effects.
    ///   - clock: time for frame pacing (the runner has its own for timers).
    ///   - frameInterval: the shortest time between two published states, in seconds. Keys do
    ///     not wait for it (the UI loop draws at once after routing a key); it paces what
    ///     effects and events change. 20 a second keeps a live feed fluid, and under a flood
    ///     of events (1,000 a second) leaves the CPU to the keys: at 60 a second, drawing the
    ///     200x60 screen took most of a core on its own.
    public init(initialState: AppState, runner: any EffectRunner, clock: any StoreClock = SystemClock(),
                frameInterval: Double = Store.backgroundFrameInterval) {
        self.current = initialState
        self.runner = runner
        self.clock = clock
        self.frameInterval = frameInterval
    }

    /// A store over any `GerritService` (e.g. a caching client) running as `user`; bell,
    /// clipboard and browser requests go to `host` (`canOpenURLs` false: there is no browser).
    public static func live(service: any GerritService, user: String, settings: Settings,
                            clock: any StoreClock = SystemClock(),
                            size: TerminalSize = TerminalSize(width: 80, height: 24),
                            host: HostChannel = HostChannel(), canOpenURLs: Bool = true, canEditExternally: Bool = false,
                            storage: any LocalStateStorage = NoLocalStateStorage(),
                            diffSource: (any DiffSource)? = nil) -> Store {
        var state = AppState(settings: settings, serverName: service.serverName, user: user, now: clock.now(), size: size)
        state.canOpenURLs = canOpenURLs
        state.canEditExternally = canEditExternally
        return Store(initialState: state, runner: GerritEffectRunner(client: service, clock: clock, host: host, storage: storage,
                                                                     diffSource: diffSource, holdServerUntilCacheRead: true),
                     clock: clock)
    }

    /// The default pace of published states: at most 20 a second (a change after a quiet
    /// spell goes out at once, the changes that follow it within the interval together at its end).
    public static let backgroundFrameInterval: Double = 1.0 / 20.0

    /// The state now.
    public var state: AppState {
        lock.withLock { current }
    }

    /// The state now and its revision, read together: the revision grows with every action
    /// reduced, so an equal revision means the very state seen before (no need to compare it).
    public var stateWithRevision: (state: AppState, revision: UInt64) {
        lock.withLock { (current, revision) }
    }

    /// True once `quit` ran or `shutdown()` was called.
    public var isFinished: Bool {
        lock.withLock { finished }
    }

    /// Reduces `action` and starts its effects. Ignored after the store finished.
    public func send(_ action: Action) {
        let effects: [Effect]? = lock.withLock {
            guard !finished else { return nil }
            let effects = reduce(&current, action)
            revision &+= 1
            if action.isDrawnAtOnce {
                publishLocked(at: clock.now())
            } else {
                scheduleFrameLocked()
            }
            return effects
        }
        for effect in effects ?? [] {
            if effect == .quit {
                publish()
                shutdown()
                return
            }
            start(effect)
        }
    }

    /// States to draw: the current one at once, then at most one per frame; ends on quit.
    public func states() -> AsyncStream<AppState> {
        let (stream, continuation) = AsyncStream<AppState>.makeStream(bufferingPolicy: .bufferingNewest(1))
        // Registered and given the current state under the lock, so a frame published meanwhile
        // can never be overtaken by an older state.
        let id: Int? = lock.withLock {
            continuation.yield(current)
            lastPublished = clock.now()
            guard !finished else { return nil }
            nextSubscriberID += 1
            subscribers[nextSubscriberID] = continuation
            return nextSubscriberID
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Cancels every running effect and ends every state stream.
    public func shutdown() {
        let (running, streams) = lock.withLock {
            let streams = Array(subscribers.values)
            subscribers.removeAll()
            return (finishEffectsLocked(), streams)
        }
        running.forEach { $0.cancel() }
        streams.forEach { $0.finish() }
    }

    /// Cancels every running effect and starts no more; actions are no longer reduced. The
    /// state streams stay open: for the way out on a signal, where the UI must not be told to
    /// end (its own ending would race the exit status the signal gives).
    public func stopEffects() {
        lock.withLock { finishEffectsLocked() }.forEach { $0.cancel() }
    }

    /// Marks the store finished and hands over its running effects to be cancelled.
    private func finishEffectsLocked() -> [Task<Void, Never>] {
        finished = true
        let running = Array(tasks.values)
        tasks.removeAll()
        keyedTasks.removeAll()
        return running
    }

    /// How many effects are running (timers and the event stream included).
    public var runningEffects: Int {
        lock.withLock { tasks.count }
    }

    private func start(_ effect: Effect) {
        lock.withLock {
            guard !finished else { return }
            if let key = effect.cancellationKey, let running = keyedTasks.removeValue(forKey: key) {
                tasks.removeValue(forKey: running)?.cancel()
            }
            if case .cancelQuery = effect { return }
            if case .cancelDiff = effect { return }
            nextTaskID += 1
            let id = nextTaskID
            if let key = effect.cancellationKey { keyedTasks[key] = id }
            let runner = self.runner
            // The task holds the store while it runs; `shutdown` cancels it, which ends the cycle.
            tasks[id] = Task { [weak self] in
                guard let store = self else { return }
                await runner.run(effect) { action in store.send(action) }
                store.finishTask(id)
            }
        }
    }

    private func finishTask(_ id: Int) {
        lock.withLock {
            tasks.removeValue(forKey: id)
            if let key = keyedTasks.first(where: { $0.value == id })?.key { keyedTasks.removeValue(forKey: key) }
        }
    }

    /// Publishes at once when the last state went out a frame interval ago or more (a lone
    /// change, such as the first cached list of a warm start, is drawn without waiting);
    /// otherwise starts the frame timer unless one is pending, and the state published is the
    /// newest when it fires.
    private func scheduleFrameLocked() {
        guard !framePending, !subscribers.isEmpty else { return }
        let now = clock.now()
        let waited = lastPublished.map { now.timeIntervalSince($0) } ?? .infinity
        if waited >= frameInterval {
            publishLocked(at: now)
            return
        }
        framePending = true
        let clock = self.clock
        let delay = frameInterval - waited
        Task { [weak self] in
            try? await clock.sleep(for: delay)
            self?.publish()
        }
    }

    /// Hands the newest state to every reader; under the lock so frames arrive in order.
    private func publish() {
        lock.withLock { publishLocked(at: clock.now()) }
    }

    private func publishLocked(at now: Date) {
        framePending = false
        lastPublished = now
        for stream in subscribers.values { stream.yield(current) }
    }
}

extension Action {
    /// Published the moment it is reduced, not at the frame timer's next tick: a cached list at
    /// a warm start, which the user is waiting to see. The launch has just published a state, so
    /// the timer would hold the first rows back by up to a frame interval (50 ms); these come a
    /// few per start, never in floods.
    var isDrawnAtOnce: Bool {
        if case .cachedChangesLoaded = self { return true }
        return false
    }
}
