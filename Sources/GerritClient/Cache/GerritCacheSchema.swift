import Foundation
import GRDB

/// Creates and upgrades the cache's tables.
///
/// Times are stored as seconds since 1970 (`REAL`); payloads are `ChangeBinaryCodec` blobs.
/// Everything happens in one IMMEDIATE transaction, so two processes opening a new file at
/// the same moment take turns instead of both creating tables (GRDB's migrator reads the
/// applied migrations outside its transaction, which races across processes). The schema
/// version lives in `PRAGMA user_version`. When the payload format changes, the stored
/// payloads are dropped rather than converted: it is a cache.
enum GerritCacheSchema {
    static let version = 1

    static func prepare(_ writer: some DatabaseWriter) throws {
        try writer.writeWithoutTransaction { db in
            // Another process may have prepared the file since this one looked.
            if try isCurrent(db) { return }
            try db.inTransaction(.immediate) {
                let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if current < 1 {
                    try createVersion1(db)
                }
                if current != version {
                    // A newer program's file is used as far as this one understands it.
                    try db.execute(sql: "PRAGMA user_version = \(max(current, version))")
                }
                try dropPayloadsOfOtherFormats(db)
                return .commit
            }
        }
    }

    /// True when the tables exist at this version and the payloads are in this format.
    static func isCurrent(_ db: Database) throws -> Bool {
        guard try Int.fetchOne(db, sql: "PRAGMA user_version") == version else { return false }
        return (try? Int.fetchOne(db, sql: "SELECT version FROM payloadFormat")) == Int(ChangeBinaryCodec.formatVersion)
    }

    private static func createVersion1(_ db: Database) throws {
        try db.execute(sql: """
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

    private static func dropPayloadsOfOtherFormats(_ db: Database) throws {
        let stored = try Int.fetchOne(db, sql: "SELECT version FROM payloadFormat")
        let current = Int(ChangeBinaryCodec.formatVersion)
        guard stored != current else { return }
        try db.execute(sql: "DELETE FROM queryResult; DELETE FROM latestChange; DELETE FROM payloadFormat")
        try db.execute(sql: "INSERT INTO payloadFormat (version) VALUES (?)", arguments: [current])
    }
}
