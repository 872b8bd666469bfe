import Foundation
import GerritRemote

/// How the live event feed reconnects: back-off, catch-up query, and the clock it waits on.
public struct ReconnectPolicy: Sendable {
    /// Seconds before the first retry; doubled on each failed attempt.
    public var initialDelay: Double
    /// The longest wait between attempts.
    public var maxDelay: Double
    /// Seconds added to the catch-up window, for clock differences and slow delivery.
    public var backfillOverlap: Double
    /// What the catch-up query asks for with each change.
    public var backfillOptions: QueryOptions
    /// Consecutive failed attempts before giving up (`.offline`); `nil` retries forever.
    public var maxAttempts: Int?
    /// Time and sleeping; tests pass a fake one so back-off takes no real time.
    public var clock: any FeedClock

    public init(initialDelay: Double = 0.5, maxDelay: Double = 30, backfillOverlap: Double = 60,
                backfillOptions: QueryOptions = QueryOptions(), maxAttempts: Int? = nil,
                clock: any FeedClock = SystemFeedClock()) {
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.backfillOverlap = backfillOverlap
        self.backfillOptions = backfillOptions
        self.maxAttempts = maxAttempts
        self.clock = clock
    }

    /// The wait before attempt `attempt` (1-based): 0.5, 1, 2, 4 … capped at `maxDelay`.
    public func delay(forAttempt attempt: Int) -> Double {
        let exponent = Double(max(0, min(attempt - 1, 60)))
        return min(maxDelay, initialDelay * pow(2, exponent))
    }
}

/// The time source of the event feed.
public protocol FeedClock: Sendable {
    /// The current time.
    var now: Date { get }
    /// Waits `seconds`; throws `CancellationError` when the task is cancelled.
    func sleep(seconds: Double) async throws
}

/// The real clock.
public struct SystemFeedClock: FeedClock {
    public init() {}

    public var now: Date { Date() }

    public func sleep(seconds: Double) async throws {
        try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
    }
}
