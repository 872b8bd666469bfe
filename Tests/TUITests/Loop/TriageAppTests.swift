import Foundation
import GerritModel
import GerritRemote
import Store
import Testing
import TUI

/// Answers every list query with the sample changes, and nothing else.
struct SampleRunner: EffectRunner {
    func run(_ effect: Effect, send: @escaping @Sendable (Action) -> Void) async {
        if case .query(let id, _, _) = effect {
            send(.queryFinished(id, SampleData.changes, at: SampleData.now))
        }
    }
}

/// A server that never answers.
struct SilentRunner: EffectRunner {
    func run(_ effect: Effect, send: @escaping @Sendable (Action) -> Void) async {
        try? await Task.sleep(for: .seconds(3600))
    }
}

/// A server with the sample changes and a feed that stays quiet, for the real effect runner.
struct SampleService: GerritService {
    var serverName: String { "review.example.org" }
    func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] { SampleData.changes }
    func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate> { AsyncStream { _ in } }
    func serverVersion() async throws -> GerritVersion? { nil }
    func post(_ request: ReviewRequest) async throws {}
}

/// Keeps the URLs it was asked to open.
final class RecordingOpener: URLOpener, @unchecked Sendable {
    private let lock = NSLock()
    private var urls: [String] = []
    var opened: [String] { lock.withLock { urls } }
    func open(_ url: String) { lock.withLock { urls.append(url) } }
}

/// Polls `condition` (real time) until it holds or `seconds` pass.
func eventually(within seconds: Double = 20, _ condition: () -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        try? await Task.sleep(nanoseconds: 5_000_000)
    }
    return condition()
}

@Suite("The triage loop over a memory terminal")
struct TriageAppTests {
    static let allTab = TabSpec(id: "all", title: "All", query: .status("open"))
    let size = Size(width: 80, height: 24)

    func makeState() -> AppState {
        AppState(serverName: "demo", user: "demo", tabs: [Self.allTab], classifierSettings: SampleData.people, now: SampleData.now)
    }

    func makeApp(runner: any EffectRunner = SampleRunner(), opener: (any URLOpener)? = nil) -> (TriageApp, Store) {
        let store = Store(initialState: makeState(), runner: runner)
        let app = TriageApp(store: store, keymap: Keymap(), palette: SampleData.palette, opener: opener, timeZone: SampleData.utc)
        return (app, store)
    }

    /// An app whose list is loaded, started (first frame drawn) on `terminal`.
    func loaded(_ terminal: MemoryTerminal) -> (TriageApp, Store) {
        let (app, store) = makeApp()
        store.send(.queryFinished(Self.allTab.queryID, SampleData.changes, at: SampleData.now))
        app.start(on: terminal, launch: false)
        return (app, store)
    }

    @Test("The first frame is drawn before any data arrives, and q ends the loop through the store")
    func firstFrameAtOnce() {
        let (app, store) = makeApp()
        let terminal = MemoryTerminal(size: size, keys: [.char("q")])
        app.run(on: terminal, launch: false)
        #expect(terminal.drawnScreens.count == 1)
        #expect(terminal.lastScreen?.plainText()[3].contains("Nothing to do here.") == true
                || terminal.lastScreen?.plainText()[3].contains("Loading") == true)
        #expect(store.state.isQuitting)
        #expect(store.isFinished)
    }

    /// The runner never answers: if start-up waited for the network, `run` would not return
    /// (the time limit turns that into a failure). No wall-clock bound: 2 busy cores vary too much.
    @Test("Start-up paints and takes keys while the server has not answered", .timeLimit(.minutes(1)))
    func neverWaitsForTheNetwork() {
        let (app, store) = makeApp(runner: SilentRunner())
        defer { store.shutdown() }
        let terminal = MemoryTerminal(size: size, keys: [.char("?")])
        app.run(on: terminal, launch: true, stopWhenIdle: true)
        #expect(terminal.drawnScreens.first?.plainText()[3].contains("Loading…") == true)
        #expect(terminal.lastScreen?.plainText().contains { $0.contains("Help") } == true)
    }

    @Test("A key costs exactly one frame, and a key that changes nothing costs none")
    func oneFramePerKey() {
        let terminal = MemoryTerminal(size: size)
        let (app, store) = loaded(terminal)
        #expect(terminal.drawnScreens.count == 1)
        terminal.enqueue(.char("j"))
        #expect(app.step(on: terminal).drewFrame)
        #expect(terminal.drawnScreens.count == 2)
        #expect(store.state.tabs[0].selection == SampleData.changes[1].number)
        // k then j: back where it was drawn, so nothing to draw.
        terminal.enqueue(.char("k"), .char("j"))
        let pass = app.step(on: terminal)
        #expect(pass.keys == 2 && !pass.drewFrame)
        #expect(terminal.drawnScreens.count == 2)
    }

    @Test("A state already drawn is not looked at again when the pacer publishes it")
    func aDrawnStateCostsNothingMore() {
        let terminal = MemoryTerminal(size: size)
        let (app, _) = loaded(terminal)
        terminal.enqueue(.char("j"))
        #expect(app.step(on: terminal).drewFrame)
        let built = app.modelsBuilt
        // The wake that follows (the pacer handing over the state the key made) reads no rows.
        #expect(app.step(on: terminal).isIdle)
        #expect(app.modelsBuilt == built)
        // A resize is drawn at once.
        terminal.enqueue(.resize(Size(width: 100, height: 30)))
        #expect(app.step(on: terminal).drewFrame)
    }

    @Test("A resize to the same size (the terminal given back after Ctrl-Z) draws the whole screen again")
    func sameSizeResizeRepaints() {
        let terminal = MemoryTerminal(size: size)
        let (app, _) = loaded(terminal)
        let drawn = terminal.drawnScreens.count
        terminal.enqueue(.resize(size))
        #expect(app.step(on: terminal).drewFrame)
        #expect(terminal.drawnScreens.count == drawn + 1)
        #expect(terminal.drawnScreens.last == terminal.drawnScreens[drawn - 1])
    }

    @Test("A burst of keys read in one pass costs one frame")
    func burstOfKeys() {
        let (app, store) = makeApp()
        store.send(.queryFinished(Self.allTab.queryID, SampleData.changes, at: SampleData.now))
        let terminal = MemoryTerminal(size: size, keys: [.char("j"), .char("j"), .char("k"), .char("j"), .char("j")])
        app.run(on: terminal, launch: false, stopWhenIdle: true)
        // The first frame, then one for all five keys.
        #expect(terminal.drawnScreens.count == 2)
        #expect(store.state.tabs[0].selection == SampleData.changes[3].number)
        #expect(terminal.lastScreen?.plainText().contains { $0.contains("▶") && $0.contains(String(SampleData.changes[3].number)) } == true)
    }

    @Test("A burst of store updates from effects costs one frame")
    func burstOfUpdates() {
        let terminal = MemoryTerminal(size: size)
        let (app, store) = loaded(terminal)
        for second in 1...30 {
            store.send(.tick(SampleData.now.addingTimeInterval(Double(second))))
            store.send(.queryFinished(Self.allTab.queryID, Array(SampleData.changes.prefix(second % 4 + 1)), at: SampleData.now))
        }
        let pass = app.step(on: terminal)
        #expect(pass.drewFrame && pass.keys == 0)
        #expect(terminal.drawnScreens.count == 2)
        #expect(!app.step(on: terminal).drewFrame, "nothing changed since")
        #expect(terminal.drawnScreens.count == 2)
    }

    /// The real blocking loop, on a thread of its own as in the app. Idle, it sleeps in
    /// `waitForInput` until something wakes it; a polling loop would have come round dozens
    /// of times in the same while.
    @Test("An idle loop draws nothing and sleeps until the store wakes it", .timeLimit(.minutes(1)))
    func idleLoopSleeps() async {
        let (app, store) = makeApp()
        store.send(.queryFinished(Self.allTab.queryID, SampleData.changes, at: SampleData.now))
        let terminal = MemoryTerminal(size: size)
        let done = LoopThread { app.run(on: terminal, launch: false) }
        try? await Task.sleep(for: .milliseconds(500))
        #expect(!done.isFinished)
        store.send(.commandInvoked(.quit))
        #expect(await eventually { done.isFinished })
        // Read only now that the loop's thread has ended.
        #expect(terminal.drawnScreens.count == 1)
        #expect(terminal.waits <= 4, "waited \(terminal.waits) times in half a second")
    }

    @Test("Copy and open go from the key through the store's effect and the host channel to the terminal and the browser")
    func hostRequests() async {
        let host = HostChannel()
        let opener = RecordingOpener()
        let store = Store.live(service: SampleService(), user: "demo", settings: .defaults(home: "/nonexistent"), host: host)
        defer { store.shutdown() }
        store.send(.queryFinished(store.state.tabs[0].spec.queryID, SampleData.changes, at: SampleData.now))
        let app = TriageApp(store: store, keymap: Keymap(), palette: SampleData.palette, host: host, opener: opener,
                            timeZone: SampleData.utc)
        let url = SampleData.changes[0].url ?? ""
        let terminal = MemoryTerminal(size: size, keys: [.char("y"), .char("o")])
        app.run(on: terminal, launch: false, stopWhenIdle: true)
        // The effects run on their own tasks: wait until both reached the channel, then let
        // the loop carry them out.
        #expect(await eventually { host.count == 2 })
        app.run(on: terminal, launch: false, stopWhenIdle: true)
        #expect(terminal.clipboard == [url])
        #expect(opener.opened == [url])
        // The status bar has room for the start of the URL at 80 columns.
        #expect(terminal.lastScreen?.plainText()[0].contains("Copied " + url.prefix(20)) == true)
    }

    @Test("A host request wakes a sleeping loop at once, and the loop rings the bell")
    func hostRequestWakesTheLoop() {
        let (app, _) = makeApp()
        let terminal = MemoryTerminal(size: size)
        app.start(on: terminal, launch: false)
        let waker = terminal.memoryWaker
        app.host.setWakeHandler { waker.wake() }
        app.host.post(.bell)
        #expect(terminal.memoryWaker.wait(timeoutMs: 0), "the post woke the loop")
        #expect(app.step(on: terminal).hostRequests == 1)
        #expect(terminal.bells == 1)
    }

    @Test("Without a browser, o shows the URL in the status bar until the store's clock passes its expiry")
    func noticeExpires() {
        let terminal = MemoryTerminal(size: size)
        var state = makeState()
        state.canOpenURLs = false
        let store = Store(initialState: state, runner: SampleRunner())
        let app = TriageApp(store: store, keymap: Keymap(), palette: SampleData.palette, opener: nil, timeZone: SampleData.utc)
        store.send(.queryFinished(Self.allTab.queryID, SampleData.changes, at: SampleData.now))
        app.start(on: terminal, launch: false)
        terminal.enqueue(.char("o"))
        app.step(on: terminal)
        #expect(terminal.lastScreen?.plainText()[0].contains("No browser found") == true)
        store.send(.tick(SampleData.now.addingTimeInterval(StatusMessage.lifetime - 1)))
        app.step(on: terminal)
        #expect(terminal.lastScreen?.plainText()[0].contains("No browser found") == true)
        store.send(.tick(SampleData.now.addingTimeInterval(StatusMessage.lifetime)))
        #expect(app.step(on: terminal).drewFrame)
        #expect(terminal.lastScreen?.plainText()[0].contains("No browser found") == false)
    }

    @Test("The help scrolls through the store and opens at its top again")
    func helpScroll() {
        let terminal = MemoryTerminal(size: size)
        let (app, store) = loaded(terminal)
        terminal.enqueue(.char("?"))
        app.step(on: terminal)
        let top = terminal.lastScreen?.plainText() ?? []
        terminal.enqueue(.char("j"), .char("j"))
        app.step(on: terminal)
        #expect(store.state.helpScroll == 2)
        let scrolled = terminal.lastScreen?.plainText() ?? []
        #expect(scrolled != top)
        #expect(scrolled[4] == top[6], "two rows further down")
        terminal.enqueue(.escape, .char("?"))
        app.step(on: terminal)
        #expect(store.state.helpScroll == 0)
        #expect(terminal.lastScreen?.plainText() == top)
    }

    @Test("A resize redraws at the new size, and below 40×12 says so")
    func resize() {
        let (app, store) = makeApp()
        let terminal = MemoryTerminal(size: size, keys: [.resize(Size(width: 200, height: 60))])
        app.run(on: terminal, launch: false, stopWhenIdle: true)
        #expect(terminal.lastScreen?.size == Size(width: 200, height: 60))
        // The list's page size comes from the layout with the resize, not from a drawn frame.
        #expect(store.state.listViewportRows == ScreenLayout.listViewportRows(size: Size(width: 200, height: 60), mode: .auto))
        terminal.enqueue(.resize(Size(width: 30, height: 10)))
        app.run(on: terminal, launch: false, stopWhenIdle: true)
        #expect(terminal.lastScreen?.size == Size(width: 30, height: 10))
        #expect(terminal.lastScreen?.plainText().contains { $0.contains("Terminal too small") } == true)
    }

    @Test("G in the detail lands on its last page; drawing never pulls a scroll back, k moves up at once")
    func textBottom() {
        let terminal = MemoryTerminal(size: size)
        let (app, store) = loaded(terminal)
        store.send(.changeDetailLoaded(SampleData.first, at: SampleData.now))
        terminal.enqueue(.enter)
        app.step(on: terminal)
        store.send(.changeDetailLoaded(SampleData.first, at: SampleData.now))
        terminal.enqueue(.char("G"))
        app.step(on: terminal)
        let bottom = store.state.detail?.commentScroll ?? 0
        #expect(bottom > 0 && bottom < 100)
        #expect(terminal.lastScreen?.plainText().contains { $0.contains("Change-Id: I87329") } == true)
        // Scrolled past the end (as if the text had shrunk): the frame shows the last page and
        // leaves the store alone.
        store.send(.commandInvoked(.moveDown, argument: "50"))
        let before = store.state
        app.step(on: terminal)
        #expect(store.state == before)
        #expect(terminal.lastScreen?.plainText().contains { $0.contains("Change-Id: I87329") } == true)
        terminal.enqueue(.char("k"))
        app.step(on: terminal)
        #expect(store.state.detail?.commentScroll == bottom - 1)
    }
}

/// Runs a blocking body on a thread of its own (never on the cooperative pool) and says when it ended.
final class LoopThread: @unchecked Sendable {
    // @unchecked: `ended` is only touched under `lock`.
    private let lock = NSLock()
    private var ended = false

    init(_ body: @escaping () -> Void) {
        let box = UncheckedBox(body)
        let thread = Thread { [self] in
            box.value()
            lock.withLock { ended = true }
        }
        thread.start()
    }

    var isFinished: Bool { lock.withLock { ended } }
}

/// Hands a non-Sendable value to one other thread that alone uses it afterwards.
final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
