import Foundation
import CSQLite
import GerritModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The local cache: query results and the latest known state of every change, in one SQLite file.
///
/// One file, `cache.sqlite`, in a private directory (created 0700; the file and SQLite's `-wal` /
/// `-shm` companions are 0600, since they hold review data). The file is opened in WAL mode
/// with a busy timeout, so a CLI command and a running TUI can read and write it at the same
/// time. Reads go through one read-only connection; the read-write connections are opened on
/// the first write, so a run that only reads the cache (a warm report) writes nothing to it.
/// Payloads are decoded `Change` values in the compact `ChangeBinaryCodec` form, so a warm
/// start never parses Gerrit's JSON again.
///
/// A cache that cannot be opened must never stop a command: use `openOrWarn(directoryPath:)` and go
/// on without one.
public final class GerritCache: Sendable {
    /// The database file.
    public var fileURL: URL { URL(fileURLWithPath: path) }
    /// The database file's path. Kept as a string: the cache works with paths, and a warm
    /// report's first `URL.path` cost it ~0.4 M instructions (FoundationEssentials' URL parser).
    public let path: String
    /// The folder holding it.
    private let directoryPath: String
    /// Every read: a read-only connection, which never writes to the file (the last read-write
    /// connection to close checkpoints and syncs it).
    private let reader: LockedConnection
    /// Every write, through a connection opened on the first one.
    private let writer: CacheWriter

    /// The file name inside the cache directory.
    public static let fileName = "cache.sqlite"

    /// How far in the future a stored result may seem and still count (clock adjustments).
    static let clockSkewAllowance: TimeInterval = 60

    /// How long a writer waits for another process's write to finish before giving up.
    static let busyTimeout: TimeInterval = 5

    /// How much of the file a one-shot reader maps (`open(directoryPath:mappedReads:)`).
    static let mappedReadLimit = 256 << 20

    private init(path: String, directoryPath: String, reader: LockedConnection, writer: CacheWriter) {
        self.path = path
        self.directoryPath = directoryPath
        self.reader = reader
        self.writer = writer
    }

    /// `~/.gerrymander.d` under `home`: the default cache directory.
    public static func defaultDirectory(home: String) -> URL {
        URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".gerrymander.d", isDirectory: true)
    }

    /// Opens (creating when needed) the cache in `directory`.
    ///
    /// - Throws: `GerritCacheError.cannotOpen` naming the file when the directory cannot be
    ///   created, the file cannot be written, or it is not a cache database.
    public static func open(directory: URL) throws(GerritCacheError) -> GerritCache {
        try open(directoryPath: directory.path)
    }

    /// Opens (creating when needed) the cache in the folder at `directoryPath`.
    ///
    /// - Parameter mappedReads: read through a memory map of the file: for a command that reads
    ///   one list and exits, whose payload (a megabyte for 2,000 changes) then costs no read call
    ///   per 4 KB page and no copy in SQLite's page cache (a tenth of a warm todo list's system
    ///   time). Not for a long-running reader: the mapped pages it touched count in its resident
    ///   size for as long as it runs. The file is never truncated while mapped (no VACUUM, no
    ///   auto-vacuum: only its write-ahead log is), which is what would make a mapped read fail.
    /// - Throws: as `open(directory:)`.
    public static func open(directoryPath: String, mappedReads: Bool = false) throws(GerritCacheError) -> GerritCache {
        // As `URL(fileURLWithPath:)` read it: an empty path is the working directory.
        let directoryPath = directoryPath.isEmpty ? "." : directoryPath
        let path = directoryPath.hasSuffix("/") ? directoryPath + fileName : directoryPath + "/" + fileName
        try createPrivateDirectory(directoryPath, for: path)
        try createPrivateFile(path)

        let writer = CacheWriter {
            let connection = try SQLiteConnection.open(path: path, readOnly: false, busyTimeout: busyTimeout)
            try GerritCacheSchema.prepare(connection)
            return connection
        }
        func openReader() throws -> SQLiteConnection {
            let reader = try SQLiteConnection.open(path: path, readOnly: true, busyTimeout: busyTimeout)
            if mappedReads { reader.mapReads(upTo: mappedReadLimit) }
            return reader
        }
        do {
            // Nearly every open finds the file current: a read says so without opening a writer.
            var reader = try openReader()
            if try !GerritCacheSchema.isCurrent(reader) {
                // A new file, or one of another version: create or upgrade the tables now, then
                // read through a connection opened after that.
                try writer.write { _ in }
                reader = try openReader()
            }
            return GerritCache(path: path, directoryPath: directoryPath, reader: LockedConnection(reader), writer: writer)
        } catch let error as SQLiteError {
            throw .cannotOpen(path: path, reason: describe(error) + openAdvice(error, directory: directoryPath))
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Opens the cache in the folder at `directoryPath` (`mappedReads` as for `open`), or explains
    /// in one line why the command goes on without it.
    ///
    /// - Returns: the cache, or `nil` and a warning naming the file, for the caller to print once.
    public static func openOrWarn(directoryPath: String, mappedReads: Bool = false) -> (GerritCache?, warning: String?) {
        do {
            return (try open(directoryPath: directoryPath, mappedReads: mappedReads), nil)
        } catch {
            return (nil, "warning: \(error.description); continuing without the cache")
        }
    }

    /// Folds SQLite's write-ahead log back into the file, empties it, and closes the writer.
    ///
    /// A log left behind is read whole by the next process that opens the file, to rebuild
    /// SQLite's index of it: a session that stored 20,000 changes leaves ~25 MB, which cost the
    /// next start 80 ms before its first read. Call it when the program is done writing; later
    /// writes fail (and are reported like any cache trouble), reads still work (the read-only
    /// connection stays open: an effect may still be reading while the program ends). Never
    /// throws: a log another process still reads stays for that process to fold in. A run that
    /// only read opened no writer.
    public func close() {
        writer.close { db in
            try? db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// How much of the file the reader maps (`PRAGMA mmap_size`); 0 when it reads with calls.
    var mappedReadBytes: Int {
        (try? reader.use { try $0.int("PRAGMA mmap_size") }) ?? nil ?? 0
    }

    // MARK: Query results

    /// The stored result for `key` if it was stored at most `maxAge` seconds before `now`.
    ///
    /// A `maxAge` of 0 never matches. A result stored more than a minute in the future (the
    /// clock was set back) counts as stale, so it cannot stay fresh for hours. A payload written
    /// in an older format counts as a miss. Only `parts` of each change are built (see
    /// `ChangeParts`): a report reads back what it shows.
    public func cachedEntry(for key: QueryCacheKey, maxAge: TimeInterval, now: Date,
                            parts: ChangeParts = .all) throws(GerritCacheError) -> CachedQueryResult? {
        let entry = try withStoredPayload(for: key, maxAge: maxAge, now: now) { storedAt, payload in
            (try? ChangeBinaryCodec.decode(payload, parts: parts)).map { CachedQueryResult(changes: $0, storedAt: storedAt) }
        }
        return entry ?? nil
    }

    /// Like `cachedEntry`, but hands each change to `each` as soon as it is read, so no list of
    /// them is ever held: a warm report that makes its rows as the changes come touches a third
    /// of the memory (each fresh page a fault), and frees every change once its row is made.
    ///
    /// - Returns: whether a fresh enough result was read whole. False also when the payload was
    ///   damaged, after `each` may have had the changes before the damage: the caller drops
    ///   what it made of them.
    public func forEachCachedChange(for key: QueryCacheKey, maxAge: TimeInterval, now: Date, parts: ChangeParts,
                                    _ each: (Change) -> Void) throws(GerritCacheError) -> Bool {
        let read = try withStoredPayload(for: key, maxAge: maxAge, now: now) { _, payload in
            (try? ChangeBinaryCodec.decode(payload, parts: parts, each: each)) != nil
        }
        return read ?? false
    }

    /// Like `cachedEntry`, but hands the changes to `deliver` in two pieces as they are read:
    /// the first `firstPiece`, then the rest (`complete` true with the last). For a UI that
    /// paints a first screenful while the rest of a long list is read.
    ///
    /// - Returns: whether anything was handed over. Nothing is when nothing fresh enough is
    ///   stored or the payload is damaged before its first piece ends; a damaged rest leaves
    ///   the first piece as the only one (`complete` never comes).
    @discardableResult
    public func readCachedEntry(for key: QueryCacheKey, maxAge: TimeInterval, now: Date, firstPiece: Int,
                                deliver: (CachedQueryResult, _ complete: Bool) -> Void) throws(GerritCacheError) -> Bool {
        let delivered = try withStoredPayload(for: key, maxAge: maxAge, now: now) { storedAt, payload in
            var delivered = false
            try? ChangeBinaryCodec.decode(payload, firstPiece: firstPiece) { changes, complete in
                delivered = true
                deliver(CachedQueryResult(changes: changes, storedAt: storedAt), complete)
            }
            return delivered
        }
        return delivered ?? false
    }

    /// Calls `body` with the stored payload for `key` and when it was stored, if it is at most
    /// `maxAge` old at `now`; nil otherwise. The payload is SQLite's own buffer, valid only in
    /// `body`: a long list's is megabytes, and copying it (with the page faults of a fresh
    /// buffer) was a tenth of a warm start's time to its first rows.
    private func withStoredPayload<T>(for key: QueryCacheKey, maxAge: TimeInterval, now: Date,
                                      _ body: (Date, Data) -> T) throws(GerritCacheError) -> T? {
        let storageKey = key.storageKey
        return try access("reading a query result") {
            try reader.use { db -> T? in
                try db.firstRow("SELECT storedAt, payload FROM queryResult WHERE key = ?", [.text(storageKey)]) { row -> T? in
                    let storedAt = Date(timeIntervalSince1970: row.double(at: 0))
                    let age = now.timeIntervalSince(storedAt)
                    guard maxAge > 0, age <= maxAge, age >= -GerritCache.clockSkewAllowance else { return nil }
                    return row.withBlob(at: 1) { body(storedAt, $0) }
                } ?? nil
            }
        }
    }

    /// The stored changes for `key` if they are at most `maxAge` seconds old at `now`.
    public func cachedResult(for key: QueryCacheKey, maxAge: TimeInterval, now: Date) throws(GerritCacheError) -> [Change]? {
        try cachedEntry(for: key, maxAge: maxAge, now: now)?.changes
    }

    /// Stores `changes` as the result for `key`, fetched at `now`, replacing any older result.
    public func store(_ changes: [Change], for key: QueryCacheKey, at now: Date) throws(GerritCacheError) {
        let payload = ChangeBinaryCodec.encode(changes)
        let storageKey = key.storageKey
        try access("storing a query result") {
            try writer.write { db in
                try db.inImmediateTransaction {
                    try db.run("""
                        INSERT INTO queryResult (key, server, storedAt, changeCount, payload) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT(key) DO UPDATE SET server = excluded.server, storedAt = excluded.storedAt,
                            changeCount = excluded.changeCount, payload = excluded.payload
                        """, [.text(storageKey), .text(key.server), .real(now.timeIntervalSince1970),
                               .integer(changes.count), .blob(payload)])
                }
            }
        }
    }

    /// Deletes query results stored before `date`; returns how many went.
    ///
    /// Results past every lifetime are never read again; this keeps the file from growing.
    @discardableResult
    public func purgeQueryResults(storedBefore date: Date) throws(GerritCacheError) -> Int {
        try access("purging old query results") {
            try writer.write { db in
                try db.inImmediateTransaction {
                    try db.run("DELETE FROM queryResult WHERE storedAt < ?", [.real(date.timeIntervalSince1970)])
                    return db.changesCount
                }
            }
        }
    }

    // MARK: Latest state of every change

    /// Records `changes` as the latest known state of each, per server and change number.
    ///
    /// A stored change is only replaced by one at least as new (`lastUpdated`); a change
    /// without `lastUpdated` never replaces one that has it. Changes without a number are skipped.
    public func upsertLatest(_ changes: [Change], server: String) throws(GerritCacheError) {
        let rows = changes.filter { $0.number > 0 }.map { change in
            (number: change.number, lastUpdated: change.lastUpdated?.timeIntervalSince1970,
             payload: ChangeBinaryCodec.encode(change))
        }
        guard !rows.isEmpty else { return }
        try access("storing the latest changes") {
            try writer.write { db in
                try db.inImmediateTransaction {
                let statement = try db.prepare("""
                    INSERT INTO latestChange (server, number, lastUpdated, payload) VALUES (?, ?, ?, ?)
                    ON CONFLICT(server, number) DO UPDATE SET lastUpdated = excluded.lastUpdated, payload = excluded.payload
                    WHERE coalesce(excluded.lastUpdated, -1e300) >= coalesce(latestChange.lastUpdated, -1e300)
                    """)
                for row in rows {
                    try statement.run([.text(server), .integer(row.number), .real(row.lastUpdated), .blob(row.payload)])
                }
                }
            }
        }
    }

    /// Every change known for `server`, most recently updated first.
    public func latestChanges(server: String) throws(GerritCacheError) -> [Change] {
        let payloads = try access("reading the latest changes") {
            try reader.use { db in
                let statement = try db.prepare("""
                    SELECT payload FROM latestChange WHERE server = ?
                    ORDER BY coalesce(lastUpdated, -1e300) DESC, number DESC
                    """)
                try statement.bind([.text(server)])
                var changes: [Change] = []
                while try statement.step() {
                    // An entry in another format is skipped: the next refresh writes it again.
                    if let change = statement.withBlob(at: 0, { try? ChangeBinaryCodec.decodeOne($0) }) {
                        changes.append(change)
                    }
                }
                return changes
            }
        }
        return payloads
    }

    /// The latest known state of change `number` on `server`.
    public func latestChange(number: Int, server: String) throws(GerritCacheError) -> Change? {
        let payload = try access("reading change \(number)") {
            try reader.use { db in
                try db.firstRow("SELECT payload FROM latestChange WHERE server = ? AND number = ?",
                                [.text(server), .integer(number)]) { row in
                    row.withBlob(at: 0) { try? ChangeBinaryCodec.decodeOne($0) }
                }
            }
        }
        return payload ?? nil
    }

    /// Records that `server` was last queried live at `date`.
    public func recordRefresh(server: String, at date: Date) throws(GerritCacheError) {
        try access("recording the refresh time") {
            try writer.write { db in
                try db.run("""
                    INSERT INTO serverRefresh (server, refreshedAt) VALUES (?, ?)
                    ON CONFLICT(server) DO UPDATE SET refreshedAt = max(refreshedAt, excluded.refreshedAt)
                    """, [.text(server), .real(date.timeIntervalSince1970)])
            }
        }
    }

    /// When `server` was last queried live, or `nil` if never.
    public func lastRefresh(server: String) throws(GerritCacheError) -> Date? {
        let seconds = try access("reading the refresh time") {
            try reader.use { db in
                try db.firstRow("SELECT refreshedAt FROM serverRefresh WHERE server = ?", [.text(server)]) { $0.double(at: 0) }
            }
        }
        return seconds.map(Date.init(timeIntervalSince1970:))
    }

    // MARK: Helpers

    private func access<T>(_ action: String, _ body: () throws -> T) throws(GerritCacheError) -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            let advice = Self.openAdvice(error, directory: directoryPath)
            throw .accessFailed(path: path, action: action, reason: Self.describe(error) + advice)
        } catch {
            throw .accessFailed(path: path, action: action, reason: "\(error)")
        }
    }

    private static func describe(_ error: SQLiteError) -> String {
        error.message
    }

    private static func openAdvice(_ error: SQLiteError, directory: String) -> String {
        switch error.code {
        case SQLITE_NOTADB, SQLITE_CORRUPT: return " (delete the file to start a fresh cache)"
        // SQLite names a failed write of its shared-memory file only "disk I/O error".
        case SQLITE_IOERR, SQLITE_FULL: return isFull(directory) ? " (the disk is full)" : ""
        default: return ""
        }
    }

    /// Whether the file system holding `directory` has no room left for a page.
    private static func isFull(_ directory: String) -> Bool {
        var stats = statvfs()
        guard statvfs(directory, &stats) == 0 else { return false }
        return UInt64(stats.f_bavail) * UInt64(stats.f_frsize) < 64 * 1024
    }

    private static func createPrivateDirectory(_ directory: String, for path: String) throws(GerritCacheError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .cannotOpen(path: path, reason: "\(directory) is not a directory")
            }
            return
        }
        if let failure = createDirectories(directory, mode: 0o700) {
            throw .cannotOpen(path: path, reason: "cannot create the directory \(failure)")
        }
    }

    /// Creates the file 0600 before SQLite does (SQLite would use 0644 less the umask); SQLite
    /// then gives the `-wal` and `-shm` files the database file's permissions. A file that other
    /// users can read (copied in, or made by an older tool) is made private again.
    private static func createPrivateFile(_ path: String) throws(GerritCacheError) {
        if let failure = createFileIfMissing(path, mode: 0o600) {
            throw .cannotOpen(path: path, reason: "cannot create the file: \(failure)")
        }
        for file in [path, path + "-wal", path + "-shm"] {
            var info = stat()
            // Best effort: a file owned by someone else cannot be changed, and SQLite will say so.
            if stat(file, &info) == 0, info.st_mode & 0o077 != 0 {
                _ = chmod(file, 0o600)
            }
        }
    }
}

/// Creates `path` with `mode` unless it exists; never truncates (another process may be using it).
/// Returns the system's reason on failure.
private func createFileIfMissing(_ path: String, mode: mode_t) -> String? {
    let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, mode)
    guard fd >= 0 else { return String(cString: strerror(errno)) }
    close(fd)
    return nil
}

/// Creates `path` and any missing parents with `mode` (mkdir -p), so the whole new chain is
/// private. Returns "<path>: <system reason>" for the first one that cannot be made.
func createDirectories(_ path: String, mode: mode_t) -> String? {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        return isDirectory.boolValue ? nil : "\(path): not a directory"
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path, let failure = createDirectories(parent, mode: mode) {
        return failure
    }
    // Another process may have made it meanwhile; that is fine.
    if mkdir(path, mode) != 0, errno != EEXIST {
        return "\(path): \(String(cString: strerror(errno)))"
    }
    return nil
}
