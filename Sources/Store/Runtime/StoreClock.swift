import Foundation

/// The store's source of time: "now" for results, and sleeping for timers and frame pacing.
///
/// Injected so tests decide when time passes (`ManualClock`) and the TUI uses the real one.
public protocol StoreClock: Sendable {
    /// The current time.
    func now() -> Date
    /// Waits `seconds`; throws `CancellationError` when the task is cancelled.
    func sleep(for seconds: Double) async throws
}

/// Wall-clock time and `Task.sleep`.
public struct SystemClock: StoreClock {
    public init() {}

    public func now() -> Date { Date() }

    public func sleep(for seconds: Double) async throws {
        try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
    }
}
