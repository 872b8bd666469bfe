/// Names one in-flight or finished list query; tabs that run the same query share it.
///
/// The id is the rendered query text, so two tabs asking Gerrit the same question cause one
/// request, and a refresh while that request runs is merged into it instead of duplicated.
public struct QueryID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The key: the rendered query, or `#member:…` for a membership question.
    public var rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The query that asks which of `numbers` belong on tab `tab` (one whose query cannot be
    /// judged locally, such as `attention:`).
    public static func membership(_ numbers: [Int], tab: String) -> QueryID {
        QueryID("#member:" + numbers.map(String.init).joined(separator: ",") + ":" + tab)
    }

    /// A `membership` id (told from its prefix, without reading its changes).
    public var isMembership: Bool { rawValue.hasPrefix("#member:") }

    /// The changes and tab of a `membership` id.
    public var membership: (numbers: [Int], tab: String)? {
        guard isMembership else { return nil }
        let parts = rawValue.dropFirst("#member:".count).split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let numbers = parts[0].split(separator: ",").compactMap { Int($0) }
        guard !numbers.isEmpty else { return nil }
        return (numbers, String(parts[1]))
    }

    public var description: String { rawValue }

    public static func < (lhs: QueryID, rhs: QueryID) -> Bool { lhs.rawValue < rhs.rawValue }
}
