import GerritModel

/// One thing the live event feed reports: a connection state change, an event, or a backfill.
public enum EventFeedUpdate: Sendable, Equatable {
    /// The connection changed state (shown in the TUI status bar).
    case state(ConnectionState)
    /// An event from `gerrit stream-events`.
    case event(StreamEvent)
    /// Changes updated while the stream was down, fetched after a reconnect.
    case backfill([Change])
    /// A line that was not a valid event; the text says which line and why.
    case undecodable(String)
}

/// The state of the live connection to the server.
public enum ConnectionState: Sendable, Equatable {
    case connecting
    case live
    /// Down because of `reason`; the next attempt starts in `delay` seconds.
    case reconnecting(attempt: Int, delay: Double, reason: String)
    /// Given up or not started; `reason` says why, for the status bar.
    case offline(reason: String)
}
