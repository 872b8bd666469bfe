import Foundation

/// A typed cell value: renderers show it for people and keep the raw value for machines.
///
/// Text mode prints the display form (relative ages, signed votes); JSON and XML carry the raw
/// value beside it (numbers as numbers, dates as epoch seconds and ISO 8601); sorting compares
/// raw values (numbers numerically, dates by time, empty last).
public enum CellValue: Sendable, Hashable {
    /// Free text; server text is sanitized when printed.
    case text(String)
    /// A whole number, right-aligned by convention.
    case int(Int)
    /// A fractional number, shown with at most two decimals.
    case double(Double)
    /// A fraction shown as a percentage: `0.75` shows as `75%`.
    case percent(Double)
    /// A moment, shown as its age relative to "now" ("4 days").
    case date(Date)
    /// A length of time in seconds, shown like an age ("3 days").
    case duration(TimeInterval)
    /// A summary vote: `-2`, `+2`, `0`; nil is a blank cell.
    case vote(Int?)
    /// Votes per label in display order, shown as `c=+2,+1 v=+1`.
    case votes([LabelVotes])
    /// A link, shown as is.
    case url(String)
    /// Nothing; a blank cell.
    case empty

    /// Whether the value shows as a blank cell (and sorts last).
    public var isEmpty: Bool {
        switch self {
        case .empty, .vote(nil): return true
        case .text(let text), .url(let text): return text.isEmpty
        case .votes(let labels): return labels.allSatisfy { $0.votes.isEmpty }
        default: return false
        }
    }
}
