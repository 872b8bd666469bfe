import GerritModel

extension ClassifierSettings {
    /// True when `account` is a configured bot (by username or full name).
    public func isBot(_ account: Account?) -> Bool {
        guard let account else { return false }
        return [account.username, account.name].contains { name in name.map(bots.contains) ?? false }
    }

    /// True when `account` is me.
    public func isMe(_ account: Account?) -> Bool {
        account?.matches(me) ?? false
    }
}
