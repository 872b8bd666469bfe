import Foundation

/// A transient line in the status bar ("Posted Code-Review +2 on 87329"), gone at `expires`.
public struct StatusMessage: Sendable, Hashable {
    /// How the message is shown.
    public enum Kind: String, Sendable, Hashable {
        case info
        case error
    }

    public var text: String
    public var kind: Kind
    public var expires: Date

    public init(text: String, kind: Kind = .info, expires: Date) {
        self.text = text
        self.kind = kind
        self.expires = expires
    }

    /// How long a message stays, in seconds.
    public static let lifetime: TimeInterval = 5
}
