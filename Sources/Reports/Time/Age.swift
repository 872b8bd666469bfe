import Foundation

/// How old something is, as one whole number of one unit: the age rule the CLI and the TUI share.
///
/// Whole units are counted down (36 hours is 1 day); under a minute, and anything in the future
/// (clock skew), is "just now". Days have no bigger unit above them, as in the original's
/// relative ages (spec §8.6): 694 days stay 694 days. The CLI writes the value in words
/// ("2 days", Output's `relativeAge`), lists write it compactly ("2d", `compact`); both read
/// the same `unit` and `count`, so they never disagree about where a boundary falls.
public struct Age: Sendable, Hashable {
    /// The unit an age is counted in.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        /// Under a minute, or in the future.
        case justNow
        /// One minute up to an hour.
        case minutes
        /// One hour up to a day.
        case hours
        /// A day or more.
        case days

        /// The unit's length in seconds (0 for `justNow`).
        public var seconds: TimeInterval {
            switch self {
            case .justNow: return 0
            case .minutes: return 60
            case .hours: return 3_600
            case .days: return 86_400
            }
        }
    }

    /// The unit.
    public var unit: Unit
    /// Whole units, rounded down; 0 for `justNow`.
    public var count: Int

    /// The age of a length of time; nil when it is not a finite number of seconds.
    public init?(seconds: TimeInterval) {
        guard seconds.isFinite else { return nil }
        let unit = [Unit.days, .hours, .minutes].first { seconds >= $0.seconds } ?? .justNow
        self.unit = unit
        // Days are unbounded, so a huge (corrupt) time must not trap the conversion.
        self.count = unit == .justNow ? 0 : Int(min((seconds / unit.seconds).rounded(.down), Double(Int.max / 2)))
    }

    /// The age of `date` at `now`.
    public init(of date: Date, now: Date) {
        // A difference of two dates is always finite.
        self = Age(seconds: now.timeIntervalSince(date)) ?? Age(unit: .justNow, count: 0)
    }

    /// An age of `count` whole `unit`s.
    public init(unit: Unit, count: Int) {
        self.unit = unit
        self.count = unit == .justNow ? 0 : max(0, count)
    }

    /// The compact form for narrow list columns: "now", "5m", "3h", "2d".
    public var compact: String {
        switch unit {
        case .justNow: return "now"
        case .minutes: return "\(count)m"
        case .hours: return "\(count)h"
        case .days: return "\(count)d"
        }
    }
}
