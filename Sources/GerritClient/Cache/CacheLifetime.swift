import Config
import Foundation

/// How old a cached query result may be and still be used.
///
/// The original tool has two buckets: short (5 minutes) for `changes`, `todo-*` and `comments`,
/// long (1 day) for the statistics commands. `[cache] shortlifetime` / `longlifetime` override them.
public struct CacheLifetime: Sendable, Hashable, CustomStringConvertible {
    /// Seconds a stored result stays fresh; 0 means it is never reused.
    public var seconds: TimeInterval

    /// A lifetime of `seconds`; negative values count as 0.
    public init(seconds: TimeInterval) {
        self.seconds = max(0, seconds)
    }

    /// 300 s: lists that change while you work (`changes`, `todo-*`, `comments`).
    public static let short = CacheLifetime(seconds: 300)
    /// 86,400 s: slow-moving statistics (`patchreviewstats`, `patchreviewrate`, `openreviewstats`).
    public static let long = CacheLifetime(seconds: 86_400)

    /// The short lifetime from `[cache] shortlifetime`.
    public static func short(_ settings: CacheSettings) -> CacheLifetime {
        CacheLifetime(seconds: TimeInterval(settings.shortLifetime))
    }

    /// The long lifetime from `[cache] longlifetime`.
    public static func long(_ settings: CacheSettings) -> CacheLifetime {
        CacheLifetime(seconds: TimeInterval(settings.longLifetime))
    }

    public var description: String { "\(Int(seconds)) s" }
}
