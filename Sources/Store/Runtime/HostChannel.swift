import Foundation

/// The one path from effects to the host: `Effect.host` requests wait here until the host (the
/// TUI loop, which owns the terminal) takes them and carries them out.
///
/// Thread-safe: the runner posts from effect tasks, the host takes from its own thread. Every
/// post calls the wake handler, so a host blocked waiting for input notices at once.
public final class HostChannel: @unchecked Sendable {
    // @unchecked: `pending` and `wakeHandler` are only touched under `lock`.
    private let lock = NSLock()
    private var pending: [HostRequest] = []
    private var wakeHandler: (@Sendable () -> Void)?

    public init() {}

    /// Leaves a request for the host and wakes it.
    ///
    /// A bell while one is already waiting is dropped: a burst of events that each concern me
    /// rings once, not once per event.
    public func post(_ request: HostRequest) {
        let wake: (@Sendable () -> Void)? = lock.withLock {
            if request == .bell && pending.contains(.bell) { return nil }
            pending.append(request)
            return wakeHandler
        }
        wake?()
    }

    /// Everything posted since the last call, oldest first.
    public func takeAll() -> [HostRequest] {
        lock.withLock {
            defer { pending.removeAll() }
            return pending
        }
    }

    /// How many requests wait (for tests that wait for an effect to arrive).
    public var count: Int {
        lock.withLock { pending.count }
    }

    /// Sets what `post` calls to get the host's attention; nil stops the calls.
    public func setWakeHandler(_ handler: (@Sendable () -> Void)?) {
        lock.withLock { wakeHandler = handler }
    }
}
