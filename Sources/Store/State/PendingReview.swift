/// A review posted and not yet answered; counts as a pending action in the status bar.
public struct PendingReview: Sendable, Hashable {
    /// Id of the request, echoed by `reviewFinished` / `reviewFailed`.
    public var id: Int
    /// A short description ("Code-Review +2 on 87329") for the result message.
    public var summary: String

    public init(id: Int, summary: String) {
        self.id = id
        self.summary = summary
    }
}
