import Foundation
import GerritModel
import Reports

/// One row of a change list, with everything the list view draws already worked out.
public struct ChangeRow: Sendable, Hashable, Identifiable {
    /// The change number (also the row's identity).
    public var number: Int
    public var project: String
    public var branch: String
    public var subject: String
    /// The owner's display name.
    public var owner: String
    /// Last update; the view shows `age` as "2d".
    public var updated: Date?
    /// Seconds since the last update, measured from the state's `now`.
    public var age: TimeInterval?
    /// Votes on the latest patch set, one entry per label, in first-voted order.
    public var votes: [LabelSummary]
    /// What the CI bots said on the latest patch set: Reports' verdict, from their votes and messages.
    public var ci: CIStatus
    /// Updated by an event since the user last looked at it.
    public var isUnread: Bool
    /// Unresolved comment threads; nil until the server data carries them.
    public var unresolvedComments: Int?
    /// The row under the cursor.
    public var isSelected: Bool
    /// Work in progress.
    public var isWIP: Bool
    public var status: ChangeStatus?
    /// A review of mine is on its way to the server (shown at once, confirmed or rolled back).
    public var hasPendingReview: Bool

    public var id: Int { number }

    public init(number: Int, project: String, branch: String, subject: String, owner: String, updated: Date?,
                age: TimeInterval?, votes: [LabelSummary], ci: CIStatus, isUnread: Bool,
                unresolvedComments: Int? = nil, isSelected: Bool, isWIP: Bool = false, status: ChangeStatus? = nil,
                hasPendingReview: Bool = false) {
        self.number = number
        self.project = project
        self.branch = branch
        self.subject = subject
        self.owner = owner
        self.updated = updated
        self.age = age
        self.votes = votes
        self.ci = ci
        self.isUnread = isUnread
        self.unresolvedComments = unresolvedComments
        self.isSelected = isSelected
        self.isWIP = isWIP
        self.status = status
        self.hasPendingReview = hasPendingReview
    }
}

/// The part of a `ChangeRow` that follows from the change and the bots alone (see
/// `AppState.rowFacts(of:)`).
public struct ChangeRowFacts: Sendable, Hashable {
    public var votes: [LabelSummary]
    public var ci: CIStatus
    public var unresolvedComments: Int?

    public init(votes: [LabelSummary], ci: CIStatus, unresolvedComments: Int?) {
        self.votes = votes
        self.ci = ci
        self.unresolvedComments = unresolvedComments
    }
}

/// The votes on one label, summed up for a list cell ("CR +1 -1").
public struct LabelSummary: Sendable, Hashable {
    /// The label, e.g. "Code-Review".
    public var label: String
    /// A short name for narrow cells: "CR", "V", "W", else the capitals of the name.
    public var abbreviation: String
    /// The distinct non-zero votes, highest first.
    public var values: [Int]
    /// True when any vote on this label came from a human (not a configured bot).
    public var hasHumanVote: Bool

    public init(label: String, abbreviation: String, values: [Int], hasHumanVote: Bool) {
        self.label = label
        self.abbreviation = abbreviation
        self.values = values
        self.hasHumanVote = hasHumanVote
    }

    /// The lowest vote (what blocks), if any.
    public var minimum: Int? { values.last }
    /// The highest vote, if any.
    public var maximum: Int? { values.first }

    /// "CR", "V", "W" for the common labels; otherwise the label's capitals or first letter.
    public static func abbreviation(for label: String) -> String {
        switch label {
        case "Code-Review": return "CR"
        case "Verified": return "V"
        case "Workflow": return "W"
        default:
            let capitals = label.filter(\.isUppercase)
            return capitals.isEmpty ? String(label.prefix(1)).uppercased() : String(capitals)
        }
    }
}
