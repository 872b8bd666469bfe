/// The todo lists of the original gerrymander, shared by the CLI commands and the TUI tabs.
public enum TodoCategory: String, CaseIterable, Sendable, Hashable, Codable {
    /// Changes I review that have a new patch set waiting for my vote (`todo-mine`).
    case mine
    /// Changes others (not bots) have reviewed but I have not (`todo-others`).
    case others
    /// Changes anyone still needs to look at (`todo-anyones`).
    case anyones
    /// Changes no human has reviewed yet (`todo-noones`).
    case noones
    /// Changes ready for a core reviewer to approve (`todo-approvable`).
    case approvable
    /// Changes stale long enough to be abandoned (`todo-expirable`).
    case expirable

    /// The CLI command that prints this list.
    public var commandName: String { "todo-" + rawValue }

    /// The title used for the list (tab title in the TUI, heading in the CLI).
    public var title: String {
        switch self {
        case .mine: return "Mine"
        case .others: return "Others"
        case .anyones: return "Anyone's"
        case .noones: return "No one's"
        case .approvable: return "Approvable"
        case .expirable: return "Expirable"
        }
    }

    /// One line saying what is on the list (CLI help, TUI tab tooltips).
    public var summary: String {
        switch self {
        case .mine: return "Changes you review whose newest patch set still lacks your vote."
        case .others: return "Changes you do not review that someone (not a bot) has voted on."
        case .anyones: return "Changes someone (not a bot) has voted on that lack your vote on the newest patch set."
        case .noones: return "Changes no one but bots has voted on yet."
        case .approvable: return "Changes with a +2, no -2 and no Workflow vote that you have not voted on."
        case .expirable: return "Changes whose newest negative review is older than --age days."
        }
    }
}
