import Foundation
import GerritModel

/// A query result read from the cache, with when it was stored (to show its age).
public struct CachedQueryResult: Sendable, Hashable {
    /// The changes, in the server's order.
    public var changes: [Change]
    /// When the result was fetched from the server.
    public var storedAt: Date

    /// A result fetched at `storedAt`.
    public init(changes: [Change], storedAt: Date) {
        self.changes = changes
        self.storedAt = storedAt
    }

    /// Seconds since the result was fetched (never negative, even if the clock went back).
    public func age(now: Date) -> TimeInterval {
        max(0, now.timeIntervalSince(storedAt))
    }
}
