/// How a patch set differs from its predecessor, as computed by Gerrit.
public enum PatchSetKind: RawRepresentable, Codable, Hashable, Sendable {
    case rework
    case trivialRebase
    case mergeFirstParentUpdate
    case noCodeChange
    case noChange
    case unknown(String)

    public init(rawValue: String) {
        switch rawValue {
        case "REWORK": self = .rework
        case "TRIVIAL_REBASE": self = .trivialRebase
        case "MERGE_FIRST_PARENT_UPDATE": self = .mergeFirstParentUpdate
        case "NO_CODE_CHANGE": self = .noCodeChange
        case "NO_CHANGE": self = .noChange
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .rework: return "REWORK"
        case .trivialRebase: return "TRIVIAL_REBASE"
        case .mergeFirstParentUpdate: return "MERGE_FIRST_PARENT_UPDATE"
        case .noCodeChange: return "NO_CODE_CHANGE"
        case .noChange: return "NO_CHANGE"
        case .unknown(let raw): return raw
        }
    }
}
