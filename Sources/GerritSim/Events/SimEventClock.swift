import Foundation

/// Decides how long a stream waits before a simulated moment arrives.
///
/// The server's events carry simulated times; the clock maps them to real waiting (or none).
public protocol SimEventClock: Sendable {
    /// Returns once the simulated moment `due` has arrived.
    func sleep(until due: Date) async throws

    /// The simulated moment it is now.
    var currentTime: Date { get }
}

/// Never waits: events come as fast as the consumer reads them. For tests.
public struct ImmediateEventClock: SimEventClock {
    public init() {}

    /// Always far in the future, so every event is already due.
    public var currentTime: Date { .distantFuture }

    public func sleep(until due: Date) async throws {
        await Task.yield()
        try Task.checkCancellation()
    }
}

/// Waits in real time: simulated `start` corresponds to wall-clock `wallStart`.
public struct RealTimeEventClock: SimEventClock {
    public let simulatedStart: Date
    public let wallStart: Date

    /// - Parameters:
    ///   - simulatedStart: the dataset's "now" when streaming began.
    ///   - wallStart: the real moment that corresponds to it (usually `Date()`).
    public init(simulatedStart: Date, wallStart: Date) {
        self.simulatedStart = simulatedStart
        self.wallStart = wallStart
    }

    public var currentTime: Date { simulatedStart.addingTimeInterval(Date().timeIntervalSince(wallStart)) }

    public func sleep(until due: Date) async throws {
        let target = wallStart.addingTimeInterval(due.timeIntervalSince(simulatedStart))
        let wait = target.timeIntervalSinceNow
        if wait > 0 {
            try await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000))
        }
        try Task.checkCancellation()
    }
}
