/// An error reported by the Gerrit server itself, e.g. the `{"type":"error"}` row of a bad query.
public struct GerritServerError: Error, Codable, Hashable, Sendable, CustomStringConvertible {
    /// The server's message, e.g. "Unsupported query:5S2D4D2D4".
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { "Gerrit reported an error: \(message)" }

    private enum CodingKeys: String, CodingKey { case type, message }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        message = try c.lenientString(forKey: .message) ?? "(no message)"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("error", forKey: .type)
        try c.encode(message, forKey: .message)
    }
}
