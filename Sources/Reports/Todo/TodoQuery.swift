import GerritModel

/// The one Gerrit query a todo list runs (spec §3.3).
///
/// `status:open`, the project, branch and topic choices (values of one option ORed, options
/// ANDed), and for todo-mine / todo-others whether I review the change. todo-approvable and
/// todo-expirable also ask for the vote they need (`label:Code-Review=+2`, `label:Code-Review<=-1`
/// on the current patch set), so the server sends fewer rows; that only narrows, never decides.
/// The rest of each rule is decided by ``TodoClassifier`` on the rows that come back.
public enum TodoQuery {
    /// The query for `category`.
    ///
    /// - Parameters:
    ///   - category: The list.
    ///   - me: My username, for `reviewer:`.
    ///   - projects: Projects (from `-p`, `-g` or `--all-groups`); empty means every project.
    ///   - branches: `--branch` values.
    ///   - topics: `--topic` values.
    public static func make(_ category: TodoCategory, me: String, projects: [String] = [],
                            branches: [String] = [], topics: [String] = []) -> GerritQuery {
        var parts: [GerritQuery] = []
        if !projects.isEmpty { parts.append(.or(projects.map(GerritQuery.project))) }
        parts.append(.status("open"))
        if !branches.isEmpty { parts.append(.or(branches.map(GerritQuery.branch))) }
        if !topics.isEmpty { parts.append(.or(topics.map(GerritQuery.topic))) }
        switch category {
        case .mine: parts.append(.reviewer(me))
        case .others: parts.append(.not(.reviewer(me)))
        case .approvable: parts.append(.label("Code-Review", .equal, 2))
        case .expirable: parts.append(.label("Code-Review", .atMost, -1))
        case .anyones, .noones: break
        }
        return .and(parts)
    }

    /// Whether the query itself settles "do I review it" for this list (see
    /// ``TodoClassifier/includes(_:in:now:reviewerFromQuery:)``).
    public static func reviewerFromQuery(_ category: TodoCategory) -> Bool? {
        switch category {
        case .mine: return true
        case .others: return false
        case .anyones, .noones, .approvable, .expirable: return nil
        }
    }
}
