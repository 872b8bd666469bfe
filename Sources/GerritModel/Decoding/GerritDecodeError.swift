/// A line of Gerrit output that could not be decoded, with where it came from.
///
/// The description reads like a compiler diagnostic so a user can find the line:
/// `query page 1:3: truncated JSON (the line ends inside an object)`.
public struct GerritDecodeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the line came from: a file path, "ssh review.example.org:29418 stream-events", …
    public var source: String
    /// 1-based line number within `source`.
    public var line: Int
    /// Short reason for a user, e.g. "expected a number for 'number'".
    public var reason: String

    public init(source: String, line: Int, reason: String) {
        self.source = source
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(source):\(line): \(reason)" }
}
