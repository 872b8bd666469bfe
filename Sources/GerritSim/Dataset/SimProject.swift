/// A repository on the simulated server with its branches and the paths its changes touch.
public struct SimProject: Codable, Sendable, Equatable {
    public var name: String
    public var branches: [String]
    public var paths: [String]
    /// Account indexes of the core reviewers who usually vote +2 here.
    public var cores: [Int]
}
