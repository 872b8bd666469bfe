/// Names one in-flight or finished list query; tabs that run the same query share it.
///
/// The id is the rendered query text, so two tabs asking Gerrit the same question cause one
/// request, and a refresh while that request runs is merged into it instead of duplicated.
public struct QueryID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The key: the rendered query, or `#change:N` for a one-change fetch.
    public var rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The query that fetches one change an event announced and no list holds yet.
    public static func change(_ number: Int) -> QueryID { QueryID("#change:\(number)") }

    /// The change number of a `change(_:)` id.
    public var changeNumber: Int? {
        rawValue.hasPrefix("#change:") ? Int(rawValue.dropFirst("#change:".count)) : nil
    }

    public var description: String { rawValue }

    public static func < (lhs: QueryID, rhs: QueryID) -> Bool { lhs.rawValue < rhs.rawValue }
}
