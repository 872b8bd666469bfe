/// A query the server refuses, with Gerrit's wording for the error row.
public struct SimQueryError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
