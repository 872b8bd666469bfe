/// A file touched by a patch set.
public struct SimFile: Codable, Sendable, Equatable {
    public var path: String
    public var type: String
    public var insertions: Int
    public var deletions: Int
}
