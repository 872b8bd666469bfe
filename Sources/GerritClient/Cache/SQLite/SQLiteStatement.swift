import CSQLite
import Foundation

/// A prepared statement of one `SQLiteConnection`, used by whoever holds that connection.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer

    init(handle: OpaquePointer, connection: OpaquePointer) {
        self.handle = handle
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds `values` to the parameters `?1`, `?2`, … in order, after clearing the last run.
    func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let result: Int32
            switch value {
            case .integer(let number): result = sqlite3_bind_int64(handle, index, number)
            case .real(let number): result = sqlite3_bind_double(handle, index, number)
            case .null: result = sqlite3_bind_null(handle, index)
            case .text(let text):
                // Up to the NUL the C string gets; none of the cache's texts hold one.
                result = gm_sqlite3_bind_text_copy(handle, index, text, -1)
            case .blob(let data):
                // An empty blob is still a blob, not NULL: SQLite needs a non-null pointer for it.
                result = data.withUnsafeBytes { bytes in
                    gm_sqlite3_bind_blob_copy(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count))
                }
            }
            guard result == SQLITE_OK else { throw SQLiteError(code: result, connection: connection) }
        }
    }

    /// Runs the statement to its next row: true when there is one to read, false when done.
    func step() throws(SQLiteError) -> Bool {
        let result = sqlite3_step(handle)
        switch result {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError(code: sqlite3_extended_errcode(connection), connection: connection)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs a statement that returns no rows.
    func run(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        try bind(values)
        while try step() {}
    }

    func isNull(at column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    func int(at column: Int32) -> Int {
        Int(sqlite3_column_int64(handle, column))
    }

    /// The column as text (NULL reads as empty).
    func text(at column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        return String(cString: bytes)
    }

    func double(at column: Int32) -> Double {
        sqlite3_column_double(handle, column)
    }

    /// Calls `body` with the column's bytes, SQLite's own buffer (valid only in `body`: a long
    /// list's payload is megabytes, and a copy with its fresh pages' faults is worth avoiding).
    func withBlob<T>(at column: Int32, _ body: (Data) throws -> T) rethrows -> T {
        // The pointer first, then its length: SQLite's documented order.
        let bytes = sqlite3_column_blob(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let bytes else { return try body(Data()) }
        let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: bytes), count: count, deallocator: .none)
        return try body(data)
    }
}
