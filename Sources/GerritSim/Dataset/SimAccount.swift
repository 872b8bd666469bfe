/// A Gerrit account in the simulated server: a human, the demo user, or a CI bot.
public struct SimAccount: Codable, Sendable, Hashable {
    public var name: String
    public var email: String
    public var username: String
    public var isBot: Bool

    public init(name: String, email: String, username: String, isBot: Bool = false) {
        self.name = name
        self.email = email
        self.username = username
        self.isBot = isBot
    }

    /// True when `who` names this account by username, email or full name (case-insensitive).
    func matches(_ who: String) -> Bool {
        let w = who.lowercased()
        return username.lowercased() == w || email.lowercased() == w || name.lowercased() == w
    }
}
