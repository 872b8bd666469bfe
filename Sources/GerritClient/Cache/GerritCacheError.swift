import Foundation

/// What went wrong with the local cache file; each message names the file.
public enum GerritCacheError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The cache directory or file could not be created or opened (read-only, not a database, …).
    case cannotOpen(path: String, reason: String)
    /// Reading or writing the open cache failed (disk full, locked too long, damaged pages).
    case accessFailed(path: String, action: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the cache \(path): \(reason)"
        case .accessFailed(let path, let action, let reason):
            return "cache \(path): \(action) failed: \(reason)"
        }
    }
}
