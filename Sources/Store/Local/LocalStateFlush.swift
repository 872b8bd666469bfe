import Foundation

/// Saves the store's local state at once, outside the effects: for the ways out of the
/// program (the terminal hanging up, SIGTERM, Ctrl-C, a quit), where a delayed draft save
/// would never run and a save still waiting to start is cancelled with the store. The flush
/// stops the store's effects: nothing runs after the way out.
///
/// Errors are dropped: there is no screen left to say them on. Calls are serialized, since a
/// signal's thread and the normal way out may both flush.
public final class LocalStateFlush: @unchecked Sendable {
    // @unchecked: `lock` serializes the writes; the other fields never change.
    private let lock = NSLock()
    private let store: Store
    private let storage: any LocalStateStorage

    public init(store: Store, storage: any LocalStateStorage) {
        self.store = store
        self.storage = storage
    }

    /// Stops the store's effects, then writes the local state as the store holds it now
    /// (nothing before it was read). Stopped first, every effect's save still waiting for its
    /// turn at the file finds itself cancelled when the turn comes and writes nothing, so none
    /// can put older drafts back after this one.
    public func callAsFunction() {
        store.stopEffects()
        lock.withLock {
            guard let local = store.state.localStateToKeep, let data = try? LocalStateCoding.encode(local) else { return }
            try? storage.save(data)
        }
    }
}
