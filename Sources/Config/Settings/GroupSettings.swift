/// `[group-NAME]`: the projects of a group and its team members.
public struct GroupSettings: Sendable, Hashable {
    /// The group name (the part after `group-`).
    public var name: String
    /// Gerrit projects in the group.
    public var projects: [String]
    /// Team name → usernames, from `team-NAME = a, b` keys.
    public var teams: [String: [String]]

    /// Creates a group.
    public init(name: String, projects: [String] = [], teams: [String: [String]] = [:]) {
        self.name = name
        self.projects = projects
        self.teams = teams
    }
}
