import GerritModel
import Reports

/// What one tab lists: a query, and optionally the todo category its rows must be in.
///
/// Todo tabs query the open changes (narrowed the way the original todo commands were) and
/// keep only the changes the classifier puts in their category, so a live event re-classifies
/// one change and every tab's count follows.
public struct TabSpec: Sendable, Hashable {
    /// A stable name: the todo list name ("mine") or the alias name ("nova-todo").
    public var id: String
    /// The tab's title.
    public var title: String
    /// The query that fetches the tab's candidate changes.
    public var query: GerritQuery
    /// When set, only changes the classifier puts in this category are shown.
    public var category: TodoCategory?

    public init(id: String, title: String, query: GerritQuery, category: TodoCategory? = nil) {
        self.id = id
        self.title = title
        self.query = query
        self.category = category
    }

    /// What the query itself says about "do I review these changes": true for `reviewer:ME`
    /// (mine), false for `NOT reviewer:ME` (others), nil when it does not say.
    public var reviewerFromQuery: Bool? {
        switch category {
        case .mine: return true
        case .others: return false
        case .anyones, .noones, .approvable, .expirable, nil: return nil
        }
    }

    /// The id of the query this tab runs.
    public var queryID: QueryID { QueryID(query.rendered) }

    /// The id of the tab of my own open changes.
    public static let myChangesID = "my-changes"
    /// The id of the tab of changes in my attention set (Gerrit 3.3 and later).
    public static let attentionID = "attention"

    /// My open changes (and, in the detail, what each waits on).
    public static func myChanges(me: String, scope: [GerritQuery] = []) -> TabSpec {
        TabSpec(id: myChangesID, title: "My changes", query: .and([.status("open"), .owner(me)] + scope))
    }

    /// The open changes whose attention set holds me: what the server says waits for me.
    public static func attention(me: String, scope: [GerritQuery] = []) -> TabSpec {
        TabSpec(id: attentionID, title: "Attention", query: .and([.status("open"), .term("attention", me)] + scope))
    }

    /// The tab of a todo list: open changes, with `reviewer:` narrowing for mine and others.
    ///
    /// - Parameters:
    ///   - me: who "I" am, for `reviewer:`.
    ///   - scope: extra terms (projects, branches) every todo query carries.
    public static func todo(_ category: TodoCategory, me: String, scope: [GerritQuery] = []) -> TabSpec {
        var parts: [GerritQuery] = [.status("open")] + scope
        switch category {
        case .mine: parts.append(.reviewer(me))
        case .others: parts.append(.not(.reviewer(me)))
        case .anyones, .noones, .approvable, .expirable: break
        }
        return TabSpec(id: category.rawValue, title: category.title, query: .and(parts), category: category)
    }
}
