import Foundation

/// A connection shared between threads: each use holds it alone.
final class LockedConnection: @unchecked Sendable {
    private let lock = NSLock()
    // Only touched with `lock` held.
    private let connection: SQLiteConnection

    init(_ connection: SQLiteConnection) {
        self.connection = connection
    }

    func use<T>(_ body: (SQLiteConnection) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(connection)
    }
}
