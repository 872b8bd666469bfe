import Foundation
import GerritModel
import Testing
@testable import Store

/// Typing in the built-in editor saves the drafts once `draftSaveDelay` after the first change
/// (each save fsyncs), on the store's clock; the way out (a hang-up, a quit) writes what the
/// delay still holds at once through `LocalStateFlush`.
@Suite struct DraftSaveTests {
    /// Remembers every save.
    final class RecordingStorage: LocalStateStorage, @unchecked Sendable {
        // @unchecked: `saves` is only touched under `lock`.
        private let lock = NSLock()
        private var saves: [LocalState] = []
        var saved: [LocalState] { lock.withLock { saves } }
        func load() throws -> Data? { nil }
        func save(_ data: Data, unless superseded: () -> Bool) throws -> Bool {
            guard !superseded() else { return false }
            let state = try LocalStateCoding.decode(data)
            lock.withLock { saves.append(state) }
            return true
        }
    }

    /// A store on a manual clock over `storage`, the message editor open on change 1.
    func writing(to storage: RecordingStorage, clock: ManualClock) -> Store {
        var state = WritingTests().loaded()
        _ = reduce(&state, .commandInvoked(.message))
        return Store(initialState: state, runner: GerritEffectRunner(client: RefusingService(), clock: clock, storage: storage),
                     clock: clock, frameInterval: 0)
    }

    /// Types `text` into the open editor and waits for the delayed save to be scheduled.
    func type(_ text: String, into store: Store, clock: ManualClock) async {
        for character in text { store.send(.composeEdited(.insert(String(character)))) }
        #expect(await eventually { clock.sleeperCount == 1 })
    }

    @Test func keysTypedWithinTheDelayAreSavedOnceWhenItPasses() async {
        let clock = ManualClock(now: t0)
        let storage = RecordingStorage()
        let store = writing(to: storage, clock: clock)
        defer { store.shutdown() }
        await type("half", into: store, clock: clock)
        clock.advance(by: AppState.draftSaveDelay - 0.01)
        #expect(clock.sleeperCount == 1 && storage.saved.isEmpty)
        clock.advance(by: 0.01)
        #expect(await eventually { storage.saved.count == 1 })
        #expect(storage.saved.first?.unsent.map(\.request.message) == ["half"])
        // More keys, another delay, another single save.
        await type(" a thought", into: store, clock: clock)
        clock.advance(by: AppState.draftSaveDelay)
        #expect(await eventually { storage.saved.count == 2 })
        #expect(storage.saved.last?.unsent.map(\.request.message) == ["half a thought"])
    }

    @Test func aHangUpWithinTheDelayWritesWhatWasTyped() async {
        let clock = ManualClock(now: t0)
        let storage = RecordingStorage()
        let store = writing(to: storage, clock: clock)
        await type("half", into: store, clock: clock)
        #expect(storage.saved.isEmpty)
        // What the exit signals' thread (and a quit) runs; the store is shut down with the UI.
        store.shutdown()
        LocalStateFlush(store: store, storage: storage)()
        #expect(storage.saved.map { $0.unsent.map(\.request.message) } == [["half"]])
    }

    /// The way out stops the store's effects before it writes: a save an effect still held would
    /// find itself cancelled at its turn instead of writing older drafts after the flush's.
    @Test func theWayOutStopsEveryEffectBeforeItWrites() async {
        let clock = ManualClock(now: t0)
        let storage = RecordingStorage()
        let store = writing(to: storage, clock: clock)
        await type("half", into: store, clock: clock)
        #expect(store.runningEffects > 0)
        LocalStateFlush(store: store, storage: storage)()
        #expect(store.runningEffects == 0)
        #expect(storage.saved.map { $0.unsent.map(\.request.message) } == [["half"]])
        // The delayed save the flush stopped never comes.
        clock.advance(by: AppState.draftSaveDelay * 2)
        try? await Task.sleep(nanoseconds: 50_000_000)
        #expect(storage.saved.count == 1)
    }

    @Test func nothingIsWrittenOverDraftsNotReadYet() {
        let storage = RecordingStorage()
        let clock = ManualClock(now: t0)
        var state = makeState()
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1, patchSet: 3)], at: t0))
        let store = Store(initialState: state, runner: GerritEffectRunner(client: RefusingService(), clock: clock, storage: storage),
                          clock: clock, frameInterval: 0)
        defer { store.shutdown() }
        LocalStateFlush(store: store, storage: storage)()
        #expect(storage.saved.isEmpty)
    }
}
