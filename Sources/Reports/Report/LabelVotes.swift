/// The votes on one review label, as shown in an approvals cell.
public struct LabelVotes: Sendable, Hashable {
    /// Label name as the report wants it shown, e.g. `Code-Review` or `c`.
    public var label: String
    /// Votes in the order they were cast.
    public var votes: [Int]

    /// Creates the votes of one label.
    public init(label: String, votes: [Int]) {
        self.label = label
        self.votes = votes
    }
}
