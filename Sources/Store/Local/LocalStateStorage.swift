import Foundation

/// Where `LocalState` is kept: a private file in the cache folder for the TUI, nothing for
/// tests and the demo.
public protocol LocalStateStorage: Sendable {
    /// The saved bytes, or nil when nothing was saved yet.
    /// - Throws: when the file exists but cannot be read.
    func load() throws -> Data?
    /// Replaces what is saved unless `superseded()`, asked when this save's turn comes (after
    /// any save still writing), says a newer save replaced it; whether it wrote. The one way to
    /// save, so every storage asks at its turn: asked before, a save replaced while it waited
    /// would write older contents over newer ones.
    /// - Throws: when it cannot be written (the caller reports it once).
    @discardableResult
    func save(_ data: Data, unless superseded: () -> Bool) throws -> Bool
}

extension LocalStateStorage {
    /// Replaces what is saved, whatever else is saved meanwhile (the way out's last save).
    public func save(_ data: Data) throws {
        try save(data, unless: { false })
    }
}

/// Keeps nothing: the demo and tests.
public struct NoLocalStateStorage: LocalStateStorage {
    public init() {}
    public func load() throws -> Data? { nil }
    public func save(_ data: Data, unless superseded: () -> Bool) throws -> Bool { false }
}
