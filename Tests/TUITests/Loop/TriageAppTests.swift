import Foundation
import GerritModel
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

@Suite("The triage loop over a memory terminal")
struct TriageAppTests {
    func makeApp() -> (TriageApp, Store) {
        let state = AppState(serverName: "demo", user: "demo", tabs: [TabSpec(id: "all", title: "All", query: .status("open"))],
                             classifierSettings: SampleData.people, now: SampleData.now)
        let store = Store(initialState: state, runner: SampleRunner())
        let app = TriageApp(store: store, keymap: Keymap(), palette: SampleData.palette, timeZone: SampleData.utc)
        return (app, store)
    }

    @Test("The first frame is drawn before any data arrives")
    func firstFrameAtOnce() async {
        let (app, store) = makeApp()
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), keys: [.char("q")])
        await app.run(on: terminal, launch: false)
        #expect(terminal.drawnScreens.count == 1)
        #expect(terminal.lastScreen?.plainText()[3].contains("Nothing to do here.") == true
                || terminal.lastScreen?.plainText()[3].contains("Loading") == true)
        #expect(store.isFinished)
    }

    /// The runner never answers: if start-up waited for the network, `run` would not return
    /// (the time limit turns that into a failure). No wall-clock bound: 2 busy cores vary too much.
    @Test("Start-up paints and takes keys while the server has not answered", .timeLimit(.minutes(1)))
    func neverWaitsForTheNetwork() async {
        let state = AppState(serverName: "demo", user: "demo", tabs: [TabSpec(id: "all", title: "All", query: .status("open"))],
                             classifierSettings: SampleData.people, now: SampleData.now)
        let store = Store(initialState: state, runner: SilentRunner())
        defer { store.shutdown() }
        let app = TriageApp(store: store, keymap: Keymap(), palette: SampleData.palette, timeZone: SampleData.utc)
        app.frameInterval = .zero
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), keys: [.char("?")])
        await app.run(on: terminal, launch: true, stopWhenIdle: true)
        #expect(terminal.drawnScreens.first?.plainText()[3].contains("Loading…") == true)
        #expect(terminal.lastScreen?.plainText().contains { $0.contains("Help") } == true)
    }

    @Test("Keys move the cursor and open a change; a burst of keys costs one frame")
    func keysAndCoalescing() async throws {
        let (app, store) = makeApp()
        store.send(.queryFinished(QueryID(GerritQuery.status("open").rendered), SampleData.changes, at: SampleData.now))
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24),
                                      keys: [.char("j"), .char("j"), .char("k"), .char("j"), .char("j")])
        app.frameInterval = .seconds(10)
        await app.run(on: terminal, launch: false, stopWhenIdle: true)
        // The first frame, then one for all five keys (the interval holds the rest back).
        #expect(terminal.drawnScreens.count == 1)
        #expect(store.state.tabs[0].selection == 85001)
        app.frameInterval = .zero
        terminal.enqueue(.enter)
        await app.run(on: terminal, launch: false, stopWhenIdle: true)
        #expect(store.state.focus == .detail)
        let text = terminal.lastScreen?.plainText() ?? []
        #expect(text[2].contains("85001"))
    }

    @Test("Copy asks the terminal to put the URL on the clipboard")
    func copy() async {
        let (app, store) = makeApp()
        store.send(.queryFinished(QueryID(GerritQuery.status("open").rendered), SampleData.changes, at: SampleData.now))
        app.mailbox.post(.copy("https://review.example.org/87329"))
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        await app.run(on: terminal, launch: false, stopWhenIdle: true)
        #expect(terminal.clipboard == ["https://review.example.org/87329"])
    }

    @Test("A resize redraws at the new size, and below 40×12 says so")
    func resize() async {
        let (app, _) = makeApp()
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), keys: [.resize(Size(width: 30, height: 10))])
        await app.run(on: terminal, launch: false, stopWhenIdle: true)
        #expect(terminal.lastScreen?.size == Size(width: 30, height: 10))
        #expect(terminal.lastScreen?.plainText().contains { $0.contains("Terminal too small") } == true)
    }

    @Test("G in the detail lands on its last page, and k moves up from there at once")
    func textBottom() async {
        let (app, store) = makeApp()
        store.send(.queryFinished(QueryID(GerritQuery.status("open").rendered), SampleData.changes, at: SampleData.now))
        store.send(.changeDetailLoaded(SampleData.first, at: SampleData.now))
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), keys: [.enter])
        app.frameInterval = .zero
        await app.run(on: terminal, launch: false, stopWhenIdle: true)
        store.send(.changeDetailLoaded(SampleData.first, at: SampleData.now))
        terminal.enqueue(.char("G"))
        await app.run(on: terminal, launch: false, stopWhenIdle: true)
        let bottom = store.state.detail?.commentScroll ?? 0
        #expect(bottom > 0 && bottom < 100)
        #expect(terminal.lastScreen?.plainText().contains { $0.contains("Change-Id: I87329") } == true)
        terminal.enqueue(.char("k"))
        await app.run(on: terminal, launch: false, stopWhenIdle: true)
        #expect(store.state.detail?.commentScroll == bottom - 1)
    }
}
