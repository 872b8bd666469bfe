import Foundation
import Reports

/// Ages ("2d") for lists and full timestamps ("2026-11-24 12:41") for details.
public enum TimeText {
    /// A compact age ("2d"): Reports' `Age`, the one the CLI writes as "2 days"; "" for no date.
    public static func age(of date: Date?, now: Date) -> String {
        guard let date else { return "" }
        return Age(of: date, now: now).compact
    }

    /// A compact age of a length of time ("5h"); "" when it is not finite.
    public static func age(seconds: TimeInterval) -> String {
        Age(seconds: seconds)?.compact ?? ""
    }

    /// `2026-11-24 12:41` in the given time zone.
    public static func timestamp(_ date: Date?, timeZone: TimeZone) -> String {
        guard let date else { return "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    /// `12:41` in the given time zone.
    public static func clock(_ date: Date?, timeZone: TimeZone) -> String {
        guard let date else { return "--:--" }
        return String(timestamp(date, timeZone: timeZone).suffix(5))
    }
}
