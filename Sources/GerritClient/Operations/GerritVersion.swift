import Foundation
import GerritRemote

extension GerritVersion {
    /// How this version pages: `--start` from 2.10 on, `resume_sortkey:` before.
    public var pagingStyle: PagingStyle {
        (major, minor) >= (2, 10) ? .start : .sortKey
    }
}


/// What the client learnt about its server, shared by every copy of a `GerritClient`.
final class ServerFacts: @unchecked Sendable {
    // Guarded by `lock`: queries on several tasks may ask at once.
    private let lock = NSLock()
    private var version: GerritVersion??

    /// The cached version: `.some(nil)` means "asked, could not tell".
    var cachedVersion: GerritVersion?? {
        lock.lock()
        defer { lock.unlock() }
        return version
    }

    func remember(_ value: GerritVersion?) {
        lock.lock()
        version = .some(value)
        lock.unlock()
    }
}
