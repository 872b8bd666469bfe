import Foundation
import GerritModel

/// A list as a local cache last stored it, to paint before the server answers.
public struct CachedChanges: Sendable, Hashable {
    public var changes: [Change]
    /// When the server sent it.
    public var savedAt: Date

    public init(changes: [Change], savedAt: Date) {
        self.changes = changes
        self.savedAt = savedAt
    }
}

extension GerritService {
    /// No cache: nothing to paint before the server answers.
    public func cachedChanges(matching query: GerritQuery, options: QueryOptions) -> CachedChanges? { nil }

    /// Hands `cachedChanges` over whole.
    public func readCachedChanges(matching query: GerritQuery, options: QueryOptions, firstPiece: Int,
                                  deliver: (CachedChanges, _ complete: Bool) -> Void) {
        if let cached = cachedChanges(matching: query, options: options) { deliver(cached, true) }
    }
}
