import Foundation

/// Where `LocalState` is kept: a private file in the cache folder for the TUI, nothing for
/// tests and the demo.
public protocol LocalStateStorage: Sendable {
    /// The saved bytes, or nil when nothing was saved yet.
    /// - Throws: when the file exists but cannot be read.
    func load() throws -> Data?
    /// Replaces what is saved.
    /// - Throws: when it cannot be written (the caller reports it once).
    func save(_ data: Data) throws
    /// Replaces what is saved unless `superseded()`, asked when this save's turn comes (after
    /// any save still writing), says a newer save replaced it; whether it wrote.
    @discardableResult
    func save(_ data: Data, unless superseded: () -> Bool) throws -> Bool
}

extension LocalStateStorage {
    /// For a storage whose saves need no turns (nothing kept, or kept in memory by a test).
    @discardableResult
    public func save(_ data: Data, unless superseded: () -> Bool) throws -> Bool {
        guard !superseded() else { return false }
        try save(data)
        return true
    }
}

/// Keeps nothing: the demo and tests.
public struct NoLocalStateStorage: LocalStateStorage {
    public init() {}
    public func load() throws -> Data? { nil }
    public func save(_ data: Data) throws {}
}
