import Foundation
import Store

/// Carries warnings raised before and after the store exists to the UI's status line.
///
/// The caching client is made before the store, and stderr would scribble over the full-screen
/// UI, so its warnings (a full or read-only cache disk) wait here until `attach` and then
/// arrive as notices.
final class NoticeRelay: @unchecked Sendable {
    // Guarded by `lock`: the client warns from its query tasks.
    private let lock = NSLock()
    private var pending: [String] = []
    private var store: Store?

    /// Shows `line` in the status line, now or once a store is attached.
    func post(_ line: String) {
        let target: Store? = lock.withLock {
            if store == nil { pending.append(line) }
            return store
        }
        target?.send(.noticePosted(line))
    }

    /// From now on notices go to `store`; those that waited go first.
    func attach(_ store: Store) {
        let waiting: [String] = lock.withLock {
            self.store = store
            defer { pending = [] }
            return pending
        }
        for line in waiting { store.send(.noticePosted(line)) }
    }
}
