import Config
import GerritModel

/// Decides which accounts are bots (CI systems), from the `[organization] bots` list.
///
/// A bot is matched by username or full name, as in the original tool; the comments, watch and
/// stats reports all share this one rule, so a CI account hidden in one is hidden in all.
public struct BotMatcher: Sendable, Hashable {
    /// Bot usernames and full names.
    public var names: Set<String>

    /// A matcher for these usernames or full names.
    public init(names: [String]) {
        self.names = Set(names.filter { !$0.isEmpty })
    }

    /// The bots of the configuration (`[organization] bots`).
    public init(settings: Settings) {
        self.init(names: settings.organization.bots)
    }

    /// Whether `account` is a bot: its username or full name is in the list.
    public func isBot(_ account: Account?) -> Bool {
        guard let account else { return false }
        if let username = account.username, names.contains(username) { return true }
        if let name = account.name, names.contains(name) { return true }
        return false
    }
}
