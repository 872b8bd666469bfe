import GerritRemote

/// A review waiting for the user's yes (y/Enter) or no (n/Esc) before it is posted.
public struct Confirmation: Sendable, Equatable {
    /// What will be posted.
    public var request: ReviewRequest
    /// The question to show: "Post Code-Review +2 on 87329,3?".
    public var prompt: String

    public init(request: ReviewRequest, prompt: String) {
        self.request = request
        self.prompt = prompt
    }
}
