/// The terminal could not be set up for the full-screen interface.
public struct TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong and what to do about it, for the user.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
