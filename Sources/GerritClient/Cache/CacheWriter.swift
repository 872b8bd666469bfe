import CSQLite
import Foundation

/// The cache's read-write connection, opened on the first write and kept.
///
/// Opening it writes to the file (WAL mode, the tables when they are missing), so a run that only
/// reads the cache never opens it. An open that fails is tried again on the next write (the disk
/// may have room by then). Writes take turns on it.
final class CacheWriter: @unchecked Sendable {
    private enum State {
        case notOpened
        case open(SQLiteConnection)
        case closed
    }

    private let lock = NSLock()
    // Only touched with `lock` held.
    private var state = State.notOpened
    private let open: @Sendable () throws -> SQLiteConnection

    init(open: @escaping @Sendable () throws -> SQLiteConnection) {
        self.open = open
    }

    /// Runs `body` on the connection, opened now if this is the first write.
    ///
    /// - Throws: what opening or `body` threw; an error once `close` has closed the connection.
    func write<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .open(let connection):
            return try body(connection)
        case .notOpened:
            let connection = try open()
            state = .open(connection)
            return try body(connection)
        case .closed:
            throw SQLiteError(code: SQLITE_MISUSE, message: "the cache was already closed")
        }
    }

    /// When a write opened the connection: runs `finish` on it, closes it, and fails every later
    /// write. Does nothing when no write opened one.
    func close(_ finish: (SQLiteConnection) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        guard case .open(let connection) = state else { return }
        finish(connection)
        state = .closed
    }
}
