import Foundation
import GerritRemote

/// What gerrymander keeps on this machine between runs: reviews the server has not accepted
/// yet (typed text is never lost), what I have seen, and my local "reviewed" marks.
///
/// Saved to a private file (0600 in the 0700 cache folder) whenever it changes.
public struct LocalState: Codable, Sendable, Hashable {
    /// Reviews written or confirmed and not yet accepted: posting, refused, failed, or queued
    /// while the server is unreachable.
    public var unsent: [UnsentReview]
    /// Each change I looked at, with its last update then: rows that changed since are still
    /// marked after a restart.
    public var seen: [Int: Date]
    /// Changes I marked reviewed, taken off my todo lists until they get a new patch set or
    /// comment.
    public var reviewed: [Int: ReviewedMark]

    public init(unsent: [UnsentReview] = [], seen: [Int: Date] = [:], reviewed: [Int: ReviewedMark] = [:]) {
        self.unsent = unsent
        self.seen = seen
        self.reviewed = reviewed
    }
}

/// A review the server has not accepted yet.
public struct UnsentReview: Codable, Sendable, Hashable, Identifiable {
    /// Where it stands.
    public enum Status: Codable, Sendable, Hashable {
        /// On its way (a `postReview` effect is running).
        case posting
        /// Waiting for the connection to come back.
        case queued
        /// The server refused it or the post failed; the reason in words.
        case failed(String)
    }

    public var id: Int
    public var request: ReviewRequest
    public var status: Status

    public init(id: Int, request: ReviewRequest, status: Status) {
        self.id = id
        self.request = request
        self.status = status
    }

    /// Whether it carries text someone typed (a message or inline comments), which is kept
    /// until the server takes it; votes alone are rolled back when refused.
    public var hasText: Bool {
        !(request.message ?? "").isEmpty || !request.comments.isEmpty
    }
}

/// What a change looked like when I marked it reviewed.
public struct ReviewedMark: Codable, Sendable, Hashable {
    /// Its newest patch set then.
    public var patchSet: Int
    /// How many messages it had then.
    public var messages: Int

    public init(patchSet: Int, messages: Int) {
        self.patchSet = patchSet
        self.messages = messages
    }
}
