import GerritRemote

/// A review waiting for the user's yes (y/Enter) or no (n/Esc) before it is posted.
public struct Confirmation: Sendable, Equatable {
    /// What will be posted.
    public var request: ReviewRequest
    /// The question to show: "Code-Review +2 on 87329,3".
    public var prompt: String
    /// No keeps it as a draft instead of dropping it (an unsent review offered again).
    public var keepsDraftOnNo: Bool

    public init(request: ReviewRequest, prompt: String, keepsDraftOnNo: Bool = false) {
        self.request = request
        self.prompt = prompt
        self.keepsDraftOnNo = keepsDraftOnNo
    }
}
