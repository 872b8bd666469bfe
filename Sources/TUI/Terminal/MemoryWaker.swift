import Foundation

/// The waker of a `MemoryTerminal`: a flag and a condition variable, so a test can run the real
/// blocking loop on a thread of its own and see it sleep until something wakes it.
public final class MemoryWaker: TerminalWaker, @unchecked Sendable {
    // @unchecked: `signalled` and `count` are only touched with `condition` locked.
    private let condition = NSCondition()
    private var signalled = false
    private var count = 0

    public init() {}

    /// How often `wake()` was called.
    public var wakes: Int {
        condition.lock()
        defer { condition.unlock() }
        return count
    }

    public func wake() {
        condition.lock()
        count += 1
        signalled = true
        condition.signal()
        condition.unlock()
    }

    /// Blocks until woken (a wake before the call counts) or until `timeoutMs` passed.
    /// - Returns: false on a timeout.
    @discardableResult
    public func wait(timeoutMs: Int?) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = timeoutMs.map { Date().addingTimeInterval(Double($0) / 1000) }
        while !signalled {
            if let deadline {
                if !condition.wait(until: deadline) { return false }
            } else {
                condition.wait()
            }
        }
        signalled = false
        return true
    }
}
