/// How votes are written: `+2`, `+1`, `-1`, `-2`, and `.` for none.
public enum VoteText {
    public static func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value == 0 ? "0" : "\(value)"
    }
}

/// Short label names for narrow columns: `CR`, `V`, `W`.
public enum LabelAbbreviation {
    /// The labels the list shows, in order.
    public static let listed = ["Code-Review", "Verified", "Workflow"]

    public static func short(_ label: String) -> String {
        switch label {
        case "Code-Review": return "CR"
        case "Verified": return "V"
        case "Workflow": return "W"
        default:
            let initials = label.split(separator: "-").compactMap(\.first)
            return initials.isEmpty ? label : String(initials)
        }
    }
}
