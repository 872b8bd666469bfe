import Foundation
import Reports

/// The age of `date` at `now` in words: "just now", "1 min", "5 mins", "1 hour", "2 days".
///
/// Reports' `Age` decides the unit and the count (36 hours is "1 day"; the future reads "just
/// now"); this only writes them out, so the CLI and the TUI's "1d" always agree.
public func relativeAge(of date: Date, now: Date) -> String {
    words(Age(of: date, now: now))
}

/// A length of time in the words of `relativeAge(of:now:)`, e.g. "3 days"; "" when not finite.
public func ageText(seconds: TimeInterval) -> String {
    Age(seconds: seconds).map(words) ?? ""
}

private func words(_ age: Age) -> String {
    let names: (singular: String, plural: String)
    switch age.unit {
    case .justNow: return "just now"
    case .minutes: names = ("min", "mins")
    case .hours: names = ("hour", "hours")
    case .days: names = ("day", "days")
    }
    return "\(age.count) \(age.count == 1 ? names.singular : names.plural)"
}
