import GerritModel

/// What the server said of one change an event announced.
public struct FetchedChange: Sendable, Equatable {
    public var number: Int
    /// Nil when the server no longer has it (or I may not see it).
    public var change: Change?
    /// A `reviewer:ME` query returned it.
    public var reviewedByMe: Bool

    public init(number: Int, change: Change?, reviewedByMe: Bool) {
        self.number = number
        self.change = change
        self.reviewedByMe = reviewedByMe
    }
}
