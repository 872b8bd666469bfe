import Foundation
import Reports

extension CellValue {
    /// The value as people read it, before sanitizing, truncation and colour.
    ///
    /// Dates are relative ages at `now`, durations read like ages, votes are signed (`+2`, `-1`,
    /// blank for none), percentages are whole (`75%`), doubles have at most two decimals, and
    /// label votes read `Code-Review=+2,+1 Verified=+1`.
    public func displayText(now: Date) -> String {
        switch self {
        case .text(let text), .url(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return Self.decimal(number)
        case .percent(let fraction):
            guard fraction.isFinite else { return "" }
            return String(Int((fraction * 100).rounded())) + "%"
        case .date(let date): return relativeAge(of: date, now: now)
        case .duration(let seconds): return ageText(seconds: seconds)
        case .vote(let vote?): return Self.signed(vote)
        case .vote(nil), .empty: return ""
        case .votes(let labels):
            return labels.map { label in
                label.label + "=" + label.votes.map(Self.signed).joined(separator: ",")
            }.joined(separator: " ")
        }
    }

    /// Whether `.automatic` alignment treats this value as a number.
    var isNumeric: Bool {
        switch self {
        case .int, .double, .percent, .vote: return true
        default: return false
        }
    }

    static func signed(_ vote: Int) -> String {
        vote > 0 ? "+\(vote)" : String(vote)
    }

    /// At most two decimals, trailing zeros dropped, no locale: 1.5, 0.33, 2.
    static func decimal(_ number: Double) -> String {
        guard number.isFinite else { return "" }
        if let text = TwoDecimals.trimmed(number) { return text }
        var text = String(format: "%.2f", number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
