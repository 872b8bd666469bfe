/// An inline comment on a file of a patch set.
public struct SimInlineComment: Codable, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var reviewer: Int
    public var message: String
    public var unresolved: Bool
}
