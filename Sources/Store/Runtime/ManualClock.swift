import Foundation

/// A clock that moves only when told: sleepers wake when `advance(by:)` passes their deadline.
///
/// For tests of the store and the TUI, so timers, reconnect delays and frame pacing run
/// without waiting and in a known order.
public final class ManualClock: StoreClock, @unchecked Sendable {
    // @unchecked: every field is guarded by `lock`.
    private let lock = NSLock()
    private var current: Date
    private var sleepers: [(id: Int, deadline: Date, continuation: CheckedContinuation<Void, Error>)] = []
    private var nextID = 0

    public init(now: Date) {
        current = now
    }

    public func now() -> Date {
        lock.withLock { current }
    }

    /// How many tasks are sleeping on this clock.
    public var sleeperCount: Int {
        lock.withLock { sleepers.count }
    }

    public func sleep(for seconds: Double) async throws {
        let id = lock.withLock { () -> Int in
            nextID += 1
            return nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
                let resumeNow: Bool = lock.withLock {
                    if Task.isCancelled { return true }
                    if seconds <= 0 { return true }
                    sleepers.append((id, current.addingTimeInterval(seconds), continuation))
                    return false
                }
                if resumeNow {
                    if Task.isCancelled { continuation.resume(throwing: CancellationError()) } else { continuation.resume() }
                }
            }
        } onCancel: {
            let cancelled = lock.withLock { () -> CheckedContinuation<Void, Error>? in
                guard let index = sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return sleepers.remove(at: index).continuation
            }
            cancelled?.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward and wakes every sleeper whose deadline has come, earliest first.
    public func advance(by seconds: Double) {
        let due = lock.withLock { () -> [CheckedContinuation<Void, Error>] in
            current = current.addingTimeInterval(seconds)
            let ready = sleepers.filter { $0.deadline <= current }.sorted { $0.deadline < $1.deadline }
            sleepers.removeAll { $0.deadline <= current }
            return ready.map(\.continuation)
        }
        for continuation in due { continuation.resume() }
    }
}
