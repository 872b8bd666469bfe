import CSQLite
import Foundation

/// One connection to an SQLite file: opened, configured, closed with the value.
///
/// Not safe to share: one thread at a time uses it (`LockedConnection` takes turns). SQLite's
/// own mutexes are left off for that reason.
final class SQLiteConnection {
    private let handle: OpaquePointer
    /// The file, for messages.
    let path: String

    private init(handle: OpaquePointer, path: String) {
        self.handle = handle
        self.path = path
    }

    deinit {
        // v2: closes once the last statement is finalized, whoever holds it.
        sqlite3_close_v2(handle)
    }

    /// Opens `path`; read-only connections never create the file or write to it.
    ///
    /// - Parameter busyTimeout: how long a statement waits for another connection's lock.
    static func open(path: String, readOnly: Bool, busyTimeout: TimeInterval) throws(SQLiteError) -> SQLiteConnection {
        var handle: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        let result = sqlite3_open_v2(path, &handle, flags, nil)
        guard result == SQLITE_OK, let handle else {
            let error = SQLiteError(code: result, connection: handle)
            sqlite3_close_v2(handle)
            throw error
        }
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, Int32(busyTimeout * 1000))
        return SQLiteConnection(handle: handle, path: path)
    }

    /// Runs `sql`, which may hold several statements, none returning rows that matter.
    func execute(_ sql: String) throws(SQLiteError) {
        let result = sqlite3_exec(handle, sql, nil, nil, nil)
        guard result == SQLITE_OK else { throw SQLiteError(code: sqlite3_extended_errcode(handle), connection: handle) }
    }

    /// Reads the file's pages through a memory map of up to `bytes` (`PRAGMA mmap_size`) rather
    /// than a read call and a page-cache copy each. Never fails: a connection that cannot map
    /// reads as before.
    func mapReads(upTo bytes: Int) {
        try? execute("PRAGMA mmap_size = \(bytes)")
    }

    /// Compiles one statement.
    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let result = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard result == SQLITE_OK, let statement else {
            throw SQLiteError(code: sqlite3_extended_errcode(handle), connection: handle)
        }
        return SQLiteStatement(handle: statement, connection: handle)
    }

    /// Runs one statement with `values` bound, to its end.
    func run(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) {
        try prepare(sql).run(values)
    }

    /// Runs a query with `values` bound and hands its first row to `read`; nil when it has none.
    func firstRow<T>(_ sql: String, _ values: [SQLiteValue] = [], _ read: (SQLiteStatement) throws -> T) throws -> T? {
        let statement = try prepare(sql)
        try statement.bind(values)
        guard try statement.step() else { return nil }
        return try read(statement)
    }

    /// The first column of the first row as an integer; nil when there is no row or it is NULL.
    func int(_ sql: String, _ values: [SQLiteValue] = []) throws -> Int? {
        try firstRow(sql, values) { $0.isNull(at: 0) ? nil : $0.int(at: 0) } ?? nil
    }

    /// Runs `body` in a transaction that takes the write lock at once (`BEGIN IMMEDIATE`), so two
    /// writers wait their turn on the busy timeout instead of failing halfway; commits when
    /// `body` returns, rolls back when it throws.
    func inImmediateTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // A failed COMMIT may leave the transaction open; a rollback of none is harmless.
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changesCount: Int {
        Int(sqlite3_changes(handle))
    }
}
