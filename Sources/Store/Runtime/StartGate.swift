import Foundation

/// Holds the server work of a warm start (list refreshes, the event stream) until the first
/// cached list has been read, so the first frame with rows does not share the CPU with them.
///
/// On a 2-core machine a warm start of the UI spent 240–340 ms before its first rows, 110–170 ms
/// of it when the refreshes did not compete: connecting, and the server answering four list
/// queries at once, took the CPU the first paint needed. The refresh starts a list-read later
/// (tens of milliseconds), which nobody waiting seconds for a server answer notices.
final class StartGate: @unchecked Sendable {
    // @unchecked: `isOpen` and `waiters` are guarded by `lock`.
    private let lock = NSLock()
    private var isOpen: Bool
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(open: Bool) {
        isOpen = open
    }

    /// Lets every waiting and later caller through; opening twice is harmless.
    func open() {
        let waiting: [CheckedContinuation<Void, Never>] = lock.withLock {
            isOpen = true
            defer { waiters.removeAll() }
            return waiters
        }
        waiting.forEach { $0.resume() }
    }

    /// Returns once the gate is open.
    func wait() async {
        if lock.withLock({ isOpen }) { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let through = lock.withLock {
                if isOpen { return true }
                waiters.append(continuation)
                return false
            }
            if through { continuation.resume() }
        }
    }
}
