import GerritModel

/// The Gerrit query of the `changes` command (spec §3.2), with `--limit` sent to the server.
///
/// Values of one option are ORed, different options ANDed; `--rawquery` is added in
/// parentheses. With no filter at all the query is every change on the server.
public struct ChangesQuery: Sendable, Hashable {
    /// `-p`/`-g`/`--all-groups`, expanded to project names.
    public var projects: [String] = []
    /// `--status`.
    public var statuses: [String] = []
    /// `--reviewer`.
    public var reviewers: [String] = []
    /// `--branch`.
    public var branches: [String] = []
    /// `--topic`.
    public var topics: [String] = []
    /// `--message`.
    public var messages: [String] = []
    /// `--owner`.
    public var owners: [String] = []
    /// `--rawquery`, passed through as written.
    public var rawQuery: String?
    /// `limit:N` for the server, so it stops after N rows (the original fetched everything).
    public var limit: Int?

    /// Creates an empty query (every change).
    public init() {}

    /// The query to send.
    public var query: GerritQuery {
        var parts: [GerritQuery] = []
        if let limit { parts.append(.limit(limit)) }
        if let rawQuery, !rawQuery.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(.raw(rawQuery)) }
        func add(_ values: [String], _ make: (String) -> GerritQuery) {
            if !values.isEmpty { parts.append(.or(values.map(make))) }
        }
        add(branches, GerritQuery.branch)
        add(messages, GerritQuery.message)
        add(owners, GerritQuery.owner)
        add(projects, GerritQuery.project)
        add(reviewers, GerritQuery.reviewer)
        add(statuses, GerritQuery.status)
        add(topics, GerritQuery.topic)
        return .and(parts)
    }
}
