/// A change-level message ("Patch Set 3: Code-Review+1 …", "Uploaded patch set 2.").
public struct SimMessage: Codable, Sendable, Equatable {
    public var timestamp: Int
    public var author: Int
    public var message: String
}
