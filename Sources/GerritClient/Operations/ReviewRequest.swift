/// A `gerrit review` to post: votes, a message, abandon or restore, on one patch set.
public struct ReviewRequest: Sendable, Equatable {
    public enum Action: Sendable, Equatable { case abandon, restore }

    public var change: Int
    public var patchSet: Int
    /// Votes by label name, e.g. `["Code-Review": 2]`.
    public var votes: [String: Int]
    public var message: String?
    public var action: Action?

    public init(change: Int, patchSet: Int, votes: [String: Int] = [:], message: String? = nil, action: Action? = nil) {
        self.change = change
        self.patchSet = patchSet
        self.votes = votes
        self.message = message
        self.action = action
    }

    /// The argv for `gerrit review`; the transport quotes each word for the remote splitter.
    public var arguments: [String] {
        var args = ["gerrit", "review"]
        for (label, value) in votes.sorted(by: { $0.key < $1.key }) {
            args += ["--label", "\(label)=\(value > 0 ? "+" : "")\(value)"]
        }
        if let message { args += ["--message", message] }
        switch action {
        case .abandon: args.append("--abandon")
        case .restore: args.append("--restore")
        case nil: break
        }
        args.append("\(change),\(patchSet)")
        return args
    }
}
