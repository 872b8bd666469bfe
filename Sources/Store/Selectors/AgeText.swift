import Foundation

/// Short relative ages for lists and the status bar: "now", "45s", "5m", "3h", "2d", "3w", "4y".
public enum AgeText {
    /// The age of `seconds` in the largest unit that fits; negative ages (clock skew) read "now".
    public static func short(_ seconds: TimeInterval) -> String {
        let s = Int(seconds)
        if s < 1 { return "now" }
        if s < 60 { return "\(s)s" }
        if s < 3_600 { return "\(s / 60)m" }
        if s < 86_400 { return "\(s / 3_600)h" }
        if s < 7 * 86_400 { return "\(s / 86_400)d" }
        if s < 365 * 86_400 { return "\(s / (7 * 86_400))w" }
        return "\(s / (365 * 86_400))y"
    }
}
