import Foundation

/// What every typed stream-event payload has in common.
///
/// `createdOn` is the event's `eventCreatedOn` (absent before Gerrit 2.9); `StreamEvent`
/// fills it in, so payload types leave it out of their own coding keys.
public protocol EventPayload: Codable, Hashable, Sendable {
    /// When the server created the event, if it said.
    var createdOn: Date? { get set }
}
