/// `[organization]`: the teams, groups and bots the reports know about.
public struct OrganizationSettings: Sendable, Hashable {
    /// Team names (each group may list members per team as `team-NAME`).
    public var teams: [String]
    /// Group names; `--all-groups` means all of these.
    public var groups: [String]
    /// Bot accounts, by username or full name.
    public var bots: [String]

    /// Creates organization settings.
    public init(teams: [String] = [], groups: [String] = [], bots: [String] = []) {
        self.teams = teams
        self.groups = groups
        self.bots = bots
    }
}
