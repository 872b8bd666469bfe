import Foundation

/// Passes cache warnings on at most once per kind (reading, writing) for the life of a client.
///
/// A full or read-only disk fails every store the same way; the user needs to hear it once per
/// run, not once per query (a TUI refreshes every tab, a stats command may query many times).
final class CacheWarnings: @unchecked Sendable {
    /// What went wrong, for counting; one warning each.
    enum Kind: Hashable, Sendable {
        case reading
        case writing
    }

    // Guarded by `lock`: queries of one client may run concurrently.
    private let lock = NSLock()
    private var reported: Set<Kind> = []
    private let sink: @Sendable (String) -> Void

    init(_ sink: @escaping @Sendable (String) -> Void) {
        self.sink = sink
    }

    /// Hands `line` to the sink unless a warning of this kind was already given.
    func report(_ kind: Kind, _ line: String) {
        let isFirst = lock.withLock { reported.insert(kind).inserted }
        if isFirst { sink(line) }
    }
}
