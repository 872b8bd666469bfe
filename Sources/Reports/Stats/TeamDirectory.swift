import Config

/// Who is in which team, for the Team column of the review statistics.
///
/// Teams are `[organization] teams`; the members of team T are the `team-T` lists of the chosen
/// groups (`-g` or `--all-groups`). When a user is listed by several teams, the last one in
/// `[organization] teams` wins, as in the original.
public struct TeamDirectory: Sendable, Hashable {
    /// Username (or full name) → team name.
    public var teamOf: [String: String]

    /// A directory from an explicit map.
    public init(teamOf: [String: String] = [:]) {
        self.teamOf = teamOf
    }

    /// The teams of `groups` according to `settings`; with no groups (`-p`), nobody has a team.
    public init(settings: Settings, groups: [String]) {
        var map: [String: String] = [:]
        for team in settings.organization.teams {
            for group in groups {
                for member in settings.group(group)?.teams[team] ?? [] { map[member] = team }
            }
        }
        teamOf = map
    }

    /// The team of `user`, or "" when none.
    public func team(of user: String) -> String {
        teamOf[user] ?? ""
    }
}
