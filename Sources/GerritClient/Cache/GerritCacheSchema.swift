import Foundation
import GRDB

/// The cache's tables, created and upgraded by GRDB's migrator.
///
/// Times are stored as seconds since 1970 (`REAL`); payloads are `ChangeBinaryCodec` blobs.
/// When the payload format changes, the stored payloads are dropped rather than converted:
/// it is a cache.
enum GerritCacheSchema {
    static func migrate(_ writer: some DatabaseWriter) throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE queryResult (
                    key TEXT PRIMARY KEY NOT NULL,
                    server TEXT NOT NULL,
                    storedAt REAL NOT NULL,
                    changeCount INTEGER NOT NULL,
                    payload BLOB NOT NULL
                );
                CREATE INDEX queryResultStoredAt ON queryResult (storedAt);
                CREATE TABLE latestChange (
                    server TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    lastUpdated REAL,
                    payload BLOB NOT NULL,
                    PRIMARY KEY (server, number)
                );
                CREATE TABLE serverRefresh (
                    server TEXT PRIMARY KEY NOT NULL,
                    refreshedAt REAL NOT NULL
                );
                CREATE TABLE payloadFormat (version INTEGER NOT NULL);
                """)
        }
        try migrator.migrate(writer)
        try writer.write { db in
            let stored = try Int.fetchOne(db, sql: "SELECT version FROM payloadFormat")
            let current = Int(ChangeBinaryCodec.formatVersion)
            guard stored != current else { return }
            try db.execute(sql: "DELETE FROM queryResult; DELETE FROM latestChange; DELETE FROM payloadFormat")
            try db.execute(sql: "INSERT INTO payloadFormat (version) VALUES (?)", arguments: [current])
        }
    }
}
