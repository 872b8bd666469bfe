/// The state of a change; statuses added by plugins or old servers are kept in `unknown`.
///
/// `SUBMITTED` (Gerrit ≤ 2.7) and plugin statuses such as Qt's `STAGED` or `INTEGRATING`
/// arrive as `.unknown("SUBMITTED")` etc.
public enum ChangeStatus: RawRepresentable, Codable, Hashable, Sendable {
    case new
    case merged
    case abandoned
    case draft
    case unknown(String)

    public init(rawValue: String) {
        switch rawValue {
        case "NEW": self = .new
        case "MERGED": self = .merged
        case "ABANDONED": self = .abandoned
        case "DRAFT": self = .draft
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .new: return "NEW"
        case .merged: return "MERGED"
        case .abandoned: return "ABANDONED"
        case .draft: return "DRAFT"
        case .unknown(let raw): return raw
        }
    }

    /// True for merged and abandoned changes.
    public var isClosed: Bool { self == .merged || self == .abandoned }
}
