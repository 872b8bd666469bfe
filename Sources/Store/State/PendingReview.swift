import GerritRemote

/// A review posted and not yet answered: shown at once (optimistic), rolled back if refused.
public struct PendingReview: Sendable, Hashable {
    /// Id of the request, echoed by `reviewFinished` / `reviewFailed`.
    public var id: Int
    /// What was posted.
    public var request: ReviewRequest
    /// A short description ("Code-Review +2 on 87329,3") for the result message.
    public var summary: String
    /// My votes before the optimistic update, by label (nil: I had none), to roll back to.
    public var previousVotes: [String: Int?]

    public init(id: Int, request: ReviewRequest, summary: String, previousVotes: [String: Int?] = [:]) {
        self.id = id
        self.request = request
        self.summary = summary
        self.previousVotes = previousVotes
    }
}
