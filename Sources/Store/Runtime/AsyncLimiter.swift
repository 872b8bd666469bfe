import Foundation

/// Lets at most `limit` callers through at once; the others wait their turn, first come first
/// served, and a waiter whose task is cancelled leaves the line without taking a turn.
final class AsyncLimiter: @unchecked Sendable {
    // @unchecked: `available`, `waiters` and `nextID` are guarded by `lock`.
    private let lock = NSLock()
    private var available: Int
    private var waiters: [(id: Int, continuation: CheckedContinuation<Bool, Never>)] = []
    private var nextID = 0

    init(limit: Int) {
        available = max(1, limit)
    }

    /// Waits for a turn: true once the caller holds one (give it back with `release`), false
    /// when its task was cancelled first (it holds none).
    func acquire() async -> Bool {
        let id: Int = lock.withLock {
            nextID += 1
            return nextID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                let answer: Bool? = lock.withLock {
                    if Task.isCancelled { return false }
                    if available > 0 {
                        available -= 1
                        return true
                    }
                    waiters.append((id, continuation))
                    return nil
                }
                if let answer { continuation.resume(returning: answer) }
            }
        } onCancel: {
            let leaving: CheckedContinuation<Bool, Never>? = lock.withLock {
                guard let index = waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return waiters.remove(at: index).continuation
            }
            leaving?.resume(returning: false)
        }
    }

    /// How many wait for a turn.
    var waiting: Int {
        lock.withLock { waiters.count }
    }

    /// Gives a turn back: the longest waiter gets it.
    func release() {
        let next: CheckedContinuation<Bool, Never>? = lock.withLock {
            if waiters.isEmpty {
                available += 1
                return nil
            }
            return waiters.removeFirst().continuation
        }
        next?.resume(returning: true)
    }
}
