/// Names one in-flight or finished list query; tabs that run the same query share it.
///
/// The id is the rendered query text, so two tabs asking Gerrit the same question cause one
/// request, and a refresh while that request runs is merged into it instead of duplicated.
public struct QueryID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The key: the rendered query, or a fixed name for internal queries such as the backfill.
    public var rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The query that fetches changes updated while the event stream was down.
    public static let backfill = QueryID("#backfill")

    public var description: String { rawValue }

    public static func < (lhs: QueryID, rhs: QueryID) -> Bool { lhs.rawValue < rhs.rawValue }
}
