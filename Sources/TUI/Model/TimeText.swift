import Foundation

/// Ages ("2d") for lists and full timestamps ("2026-11-24 12:41") for details.
public enum TimeText {
    /// A compact age: `now`, `5m`, `3h`, `2d`, `3w`, `4mo`, `2y`.
    public static func age(of date: Date?, now: Date) -> String {
        guard let date else { return "" }
        let seconds = max(0, Int(now.timeIntervalSince(date)))
        switch seconds {
        case ..<60: return "now"
        case ..<3600: return "\(seconds / 60)m"
        case ..<86_400: return "\(seconds / 3600)h"
        case ..<(14 * 86_400): return "\(seconds / 86_400)d"
        case ..<(61 * 86_400): return "\(seconds / (7 * 86_400))w"
        case ..<(365 * 86_400): return "\(seconds / (30 * 86_400))mo"
        default: return "\(seconds / (365 * 86_400))y"
        }
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
