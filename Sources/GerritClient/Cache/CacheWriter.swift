import Foundation
import GRDB

/// The cache's read-write connections, opened on the first write and kept.
///
/// Opening them writes to the file (GRDB makes sure the WAL file exists by committing a dummy
/// transaction), so a run that only reads the cache never opens them. An open that fails is
/// tried again on the next write (the disk may have room by then).
final class CacheWriter: @unchecked Sendable {
    private let lock = NSLock()
    private var opened: DatabasePool?
    private let open: @Sendable () throws -> DatabasePool

    init(open: @escaping @Sendable () throws -> DatabasePool) {
        self.open = open
    }

    /// The connections if a write opened them, else nil (opens nothing).
    var openedPool: DatabasePool? {
        lock.withLock { opened }
    }

    /// The connections, opened now if this is the first write.
    func pool() throws -> DatabasePool {
        lock.lock()
        defer { lock.unlock() }
        if let opened { return opened }
        let pool = try open()
        opened = pool
        return pool
    }
}
