import Foundation

/// One stream event: when it happens and its JSON line.
public struct SimEvent: Sendable, Equatable {
    /// The Gerrit event type, e.g. `comment-added`.
    public var type: String
    /// The simulated moment it happens.
    public var due: Date
    /// The change it concerns, if any.
    public var changeNumber: Int?
    /// The JSON object, one line, no trailing newline.
    public var line: String
}
