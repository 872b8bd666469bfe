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
}

/// Keeps nothing: the demo and tests.
public struct NoLocalStateStorage: LocalStateStorage {
    public init() {}
    public func load() throws -> Data? { nil }
    public func save(_ data: Data) throws {}
}
