import CSQLite

/// A failed SQLite call: its result code and SQLite's own message.
struct SQLiteError: Error, CustomStringConvertible {
    /// The extended result code (`SQLITE_IOERR_WRITE`, …).
    let extendedCode: Int32
    /// SQLite's message, or a description of the code when there is none.
    let message: String

    /// The primary result code (`SQLITE_IOERR`, …).
    var code: Int32 { extendedCode & 0xFF }

    var description: String { message }

    init(code: Int32, message: String) {
        self.extendedCode = code
        self.message = message
    }

    /// The error SQLite reports for `connection` after a call returned `code`.
    init(code: Int32, connection: OpaquePointer?) {
        let own = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        // After a failed step SQLite's message is that call's; a failed open may leave none.
        let fallback = sqlite3_errstr(code).map { String(cString: $0) } ?? "SQLite error \(code)"
        self.init(code: code, message: own.flatMap { $0.isEmpty ? nil : $0 } ?? fallback)
    }
}
