import Foundation

/// The pieces of the status bar, as text and tone; the view lays them out.
public struct StatusBar: Sendable, Hashable {
    /// How the connection piece is coloured.
    public enum Tone: String, Sendable, Hashable {
        case good
        case waiting
        case bad
    }

    /// "review.example.org".
    public var server: String
    /// "jaypipes".
    public var user: String
    /// "● live", "connecting…", "reconnecting in 4 s", "offline · cache 12m old · retry in 30 s".
    public var connection: String
    public var connectionTone: Tone
    /// Why the stream is down ("review.example.org:29418: connection refused"), while it is.
    public var connectionDetail: String?
    /// The feed gave up: the refresh key starts it again (the view names the key).
    public var canRetry: Bool
    /// "refreshed 2m ago", "refreshing…", or "" before anything loaded.
    public var refresh: String
    /// Reviews and queries in flight; 0 hides the piece.
    public var pending: Int
    /// The newest transient message, if any.
    public var message: StatusMessage?
    /// The current tab's sort and filter: "sorted by updated · filter: nova", or "".
    public var listInfo: String

    public init(server: String, user: String, connection: String, connectionTone: Tone, connectionDetail: String? = nil,
                canRetry: Bool = false, refresh: String, pending: Int, message: StatusMessage?, listInfo: String) {
        self.server = server
        self.user = user
        self.connection = connection
        self.connectionTone = connectionTone
        self.connectionDetail = connectionDetail
        self.canRetry = canRetry
        self.refresh = refresh
        self.pending = pending
        self.message = message
        self.listInfo = listInfo
    }
}
