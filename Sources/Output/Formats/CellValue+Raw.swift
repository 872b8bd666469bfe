import Foundation
import Reports

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CellValue {
    /// The machine form of the value for JSON: numbers as numbers, dates as
    /// `{"epoch": seconds, "iso": "…Z"}`, votes per label as `{"label": [votes]}`, empty as null.
    var jsonValue: JSONValue {
        switch self {
        case .text(let text), .url(let text): return .string(text)
        case .int(let number): return .int(number)
        case .double(let number), .percent(let number), .duration(let number): return .double(number)
        case .date(let date): return .object([("epoch", .int(date.epochSeconds)), ("iso", .string(date.iso8601))])
        case .vote(let vote?): return .int(vote)
        case .vote(nil), .empty: return .null
        case .votes(let labels): return .object(labels.map { ($0.label, .array($0.votes.map(JSONValue.int))) })
        }
    }

    /// The machine form as XML attributes, in a fixed order (nothing for text and empty).
    var xmlAttributes: [(String, String)] {
        switch self {
        case .text, .url, .empty, .vote(nil), .votes: return []
        case .int(let number): return [("value", String(number))]
        case .double(let number), .percent(let number), .duration(let number):
            guard number.isFinite else { return [] }
            return [("value", number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))]
        case .date(let date): return [("epoch", String(date.epochSeconds)), ("iso", date.iso8601)]
        case .vote(let vote?): return [("value", String(vote))]
        }
    }
}

extension Date {
    /// Whole seconds since 1970, rounded down.
    var epochSeconds: Int {
        Int(timeIntervalSince1970.rounded(.down))
    }

    /// UTC ISO 8601 with seconds, e.g. `2026-11-21T08:30:00Z`.
    var iso8601: String {
        // gmtime_r is cheap and pure; a formatter per row would dominate large JSON reports.
        var seconds = time_t(epochSeconds)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return "" }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
        let year = String(parts.tm_year + 1900)
        return year + "-" + two(parts.tm_mon + 1) + "-" + two(parts.tm_mday)
            + "T" + two(parts.tm_hour) + ":" + two(parts.tm_min) + ":" + two(parts.tm_sec) + "Z"
    }
}
