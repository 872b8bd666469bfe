import Foundation

/// The age of `date` at `now` in words: "just now", "1 min", "5 mins", "1 hour", "2 days".
///
/// Whole units are counted down (36 hours is "1 day"); a date in the future reads "just now".
public func relativeAge(of date: Date, now: Date) -> String {
    ageText(seconds: now.timeIntervalSince(date))
}

/// A length of time in the words of `relativeAge(of:now:)`, e.g. "3 days".
public func ageText(seconds: TimeInterval) -> String {
    let units: [(seconds: Double, singular: String, plural: String)] = [
        (86_400, "day", "days"), (3_600, "hour", "hours"), (60, "min", "mins"),
    ]
    guard seconds.isFinite else { return "" }
    for unit in units where seconds >= unit.seconds {
        let count = Int((seconds / unit.seconds).rounded(.down))
        return "\(count) \(count == 1 ? unit.singular : unit.plural)"
    }
    return "just now"
}

/// The age of `date` at `now` in at most four cells, for narrow columns: "now", "5m", "3h",
/// "2d", "3w", "2y".
///
/// Days up to 13, then weeks up to 52, then years; the future reads "now".
public func compactAge(of date: Date, now: Date) -> String {
    compactAgeText(seconds: now.timeIntervalSince(date))
}

/// A length of time in the form of `compactAge(of:now:)`.
public func compactAgeText(seconds: TimeInterval) -> String {
    guard seconds.isFinite else { return "" }
    let minutes = Int((seconds / 60).rounded(.down))
    let hours = minutes / 60
    let days = hours / 24
    switch seconds {
    case ..<60: return "now"
    case ..<3_600: return "\(minutes)m"
    case ..<86_400: return "\(hours)h"
    case ..<(14 * 86_400): return "\(days)d"
    case ..<(365 * 86_400): return "\(days / 7)w"
    default: return "\(days / 365)y"
    }
}
