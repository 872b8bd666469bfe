import CSQLite
import Foundation

/// Creates and upgrades the cache's tables.
///
/// Times are stored as seconds since 1970 (`REAL`); payloads are `ChangeBinaryCodec` blobs.
/// Everything happens in one IMMEDIATE transaction, so two processes opening a new file at
/// the same moment take turns instead of both creating tables. The schema version lives in
/// `PRAGMA user_version`. When the payload format changes, the stored payloads are dropped
/// rather than converted: it is a cache.
enum GerritCacheSchema {
    static let version = 1

    /// Puts a read-write connection in WAL mode (readers and one writer at once, across
    /// processes) and brings the tables to this version.
    static func prepare(_ db: SQLiteConnection) throws {
        let journalMode = try db.firstRow("PRAGMA journal_mode = WAL") { $0.text(at: 0) }
        guard journalMode == "wal" else {
            throw SQLiteError(code: SQLITE_ERROR, message: "could not switch \(db.path) to WAL mode (it stayed \(journalMode ?? "unknown"))")
        }
        // What WAL mode is made for: a crash may lose the last commits, never the file.
        try db.execute("PRAGMA synchronous = NORMAL")
        // Another process may have prepared the file since this one looked.
        if try isCurrent(db) { return }
        try db.inImmediateTransaction {
            let current = try db.int("PRAGMA user_version") ?? 0
            if current < 1 {
                try createVersion1(db)
            }
            if current != version {
                // A newer program's file is used as far as this one understands it.
                try db.execute("PRAGMA user_version = \(max(current, version))")
            }
            try dropPayloadsOfOtherFormats(db)
        }
    }

    /// True when the tables exist at this version and the payloads are in this format.
    static func isCurrent(_ db: SQLiteConnection) throws -> Bool {
        guard try db.int("PRAGMA user_version") == version else { return false }
        return (try? db.int("SELECT version FROM payloadFormat")) == Int(ChangeBinaryCodec.formatVersion)
    }

    private static func createVersion1(_ db: SQLiteConnection) throws {
        try db.execute("""
            CREATE TABLE IF NOT EXISTS queryResult (
                key TEXT PRIMARY KEY NOT NULL,
                server TEXT NOT NULL,
                storedAt REAL NOT NULL,
                changeCount INTEGER NOT NULL,
                payload BLOB NOT NULL
            );
            CREATE INDEX IF NOT EXISTS queryResultStoredAt ON queryResult (storedAt);
            CREATE TABLE IF NOT EXISTS latestChange (
                server TEXT NOT NULL,
                number INTEGER NOT NULL,
                lastUpdated REAL,
                payload BLOB NOT NULL,
                PRIMARY KEY (server, number)
            );
            CREATE TABLE IF NOT EXISTS serverRefresh (
                server TEXT PRIMARY KEY NOT NULL,
                refreshedAt REAL NOT NULL
            );
            CREATE TABLE IF NOT EXISTS payloadFormat (version INTEGER NOT NULL);
            """)
    }

    private static func dropPayloadsOfOtherFormats(_ db: SQLiteConnection) throws {
        let stored = try db.int("SELECT version FROM payloadFormat")
        let current = Int(ChangeBinaryCodec.formatVersion)
        guard stored != current else { return }
        try db.execute("DELETE FROM queryResult; DELETE FROM latestChange; DELETE FROM payloadFormat")
        try db.run("INSERT INTO payloadFormat (version) VALUES (?)", [.integer(current)])
    }
}
