import Foundation
import Store

/// The triage UI's loop: keys from the terminal, states from the store, host requests from the
/// effects, and a frame whenever what the screen shows changed.
///
/// No polling. Between passes the loop blocks in `Terminal.waitForInput` until a key arrives,
/// the terminal is resized, the store publishes a state (its frame pacer publishes at most one
/// per frame interval, so a burst of events costs one frame), or an effect posts a host
/// request. A pass reads every key waiting and routes each to store actions, carries out the
/// host requests (bell, clipboard, browser), and draws once if the screen model or the size
/// changed; the terminal writes only the cells that changed. A burst of keys read in one pass
/// also costs one frame. Drawing never sends actions: what depends on the screen (page sizes,
/// the end of a text pane) is settled by the router when a key is handled.
///
/// `run` blocks its thread: give it one outside Swift's cooperative pool (the real terminal
/// runs it on the main thread, where curses' resize and Ctrl-Z handlers run too).
public final class TriageApp {
    /// What one pass of the loop did.
    public struct Pass: Equatable, Sendable {
        /// Keys read and routed.
        public var keys = 0
        /// Host requests carried out.
        public var hostRequests = 0
        /// A frame was drawn.
        public var drewFrame = false
        /// The store finished (quit): the loop ends.
        public var finished = false

        public init() {}

        /// Nothing came in and nothing was drawn.
        public var isIdle: Bool { keys == 0 && hostRequests == 0 && !drewFrame }
    }

    /// The single source of truth the loop sends actions to.
    public let store: Store
    public let keymap: Keymap
    public let palette: Palette
    /// Keys to actions.
    public let router: KeyRouter
    /// Where effects leave requests for the terminal and the desktop.
    public let host: HostChannel
    /// Opens URLs; nil when there is no browser (then `o` shows the URL instead).
    public let opener: (any URLOpener)?
    /// `$VISUAL`/`$EDITOR`, if one is set.
    public let editor: (any ExternalEditor)?
    public let timeZone: TimeZone

    private var lastModel: TriageModel?
    /// What one model keeps for the next (row facts, comment threads).
    private let memo = TriageModelMemo()
    private var lastSize: Size?
    /// The store revision `lastModel` was built from.
    private var lastRevision: UInt64?
    /// How many screen models were built (each one reads every row): a state already drawn
    /// should cost none.
    public private(set) var modelsBuilt = 0

    /// The most keys one pass reads, so a flood of input (a paste) still lets frames out.
    static let keysPerPass = 256

    /// - Parameters:
    ///   - host: the channel the store's effect runner posts to.
    ///   - opener: the browser, if there is one.
    ///   - editor: `$VISUAL`/`$EDITOR`, if one is set (else the store's built-in editor is used).
    public init(store: Store, keymap: Keymap, palette: Palette, host: HostChannel = HostChannel(),
                opener: (any URLOpener)? = nil, editor: (any ExternalEditor)? = nil, timeZone: TimeZone = .current) {
        self.store = store
        self.keymap = keymap
        self.palette = palette
        self.host = host
        self.opener = opener
        self.editor = editor
        self.router = KeyRouter(keymap: keymap, palette: palette, timeZone: timeZone)
        self.timeZone = timeZone
    }

    /// Runs until the user quits (or the store finishes); the caller shuts the store down.
    ///
    /// Blocks the calling thread while it waits for input.
    /// - Parameters:
    ///   - terminal: where to draw and read keys.
    ///   - launch: send `.launched` first (start queries and the event stream).
    ///   - stopWhenIdle: never wait: return after the first pass that read nothing and drew
    ///     nothing (tests on a `MemoryTerminal`, which may run on the cooperative pool).
    public func run(on terminal: any Terminal, launch: Bool = true, stopWhenIdle: Bool = false) {
        let waker = terminal.waker
        host.setWakeHandler { waker.wake() }
        // The store's publisher is the frame pacer: each state it publishes wakes the loop,
        // which then draws the newest state. When the store finishes, one last wake.
        let frames = Task { [store] in
            for await _ in store.states() { waker.wake() }
            waker.wake()
        }
        defer {
            frames.cancel()
            host.setWakeHandler(nil)
        }
        start(on: terminal, launch: launch)
        while !store.isFinished {
            let pass = step(on: terminal)
            if pass.finished || (stopWhenIdle && pass.isIdle) { return }
            // After a full pass more keys may wait in curses' own buffer, where no wait sees them.
            if !stopWhenIdle && pass.keys < Self.keysPerPass { terminal.waitForInput(timeoutMs: nil) }
        }
    }

    /// Tells the store the size (and that the UI launched), and draws the first frame at once:
    /// start-up never waits for the network.
    public func start(on terminal: any Terminal, launch: Bool) {
        for action in router.route(.resize(terminal.size), state: store.state) {
            store.send(action)
        }
        if launch { store.send(.launched(at: Date())) }
        draw(on: terminal, force: true)
    }

    /// One pass: route the keys waiting, carry out host requests, draw if anything changed.
    @discardableResult
    public func step(on terminal: any Terminal) -> Pass {
        var pass = Pass()
        // A resize, or the terminal given back after Ctrl-Z, may have left anything on it.
        var repaint = false
        while pass.keys < Self.keysPerPass, !store.isFinished, let key = terminal.readKey(timeoutMs: 0) {
            pass.keys += 1
            if case .resize = key { repaint = true }
            for action in router.route(key, state: store.state) {
                store.send(action)
            }
        }
        // Before checking for quit: a copy asked for just before quitting still happens.
        let requests = host.takeAll()
        pass.hostRequests = requests.count
        for request in requests {
            perform(request, on: terminal)
        }
        if store.isFinished {
            pass.finished = true
            return pass
        }
        pass.drewFrame = draw(on: terminal, force: repaint)
        return pass
    }

    private func perform(_ request: HostRequest, on terminal: any Terminal) {
        switch request {
        case .bell: terminal.bell()
        case .copyToClipboard(let text): terminal.copyToClipboard(text)
        case .openURL(let url):
            guard WebAddress.isOpenable(url) else {
                store.send(.noticePosted("Not opened: the server's URL for this change is not an http(s) address"))
                return
            }
            if let opener {
                opener.open(url)
            } else {
                store.send(.noticePosted("No browser found (xdg-open, $BROWSER); the change is at \(url)"))
            }
        case .editText(let purpose, let initial):
            guard let editor else {
                store.send(.textEdited(purpose, text: nil, problem: "Neither $VISUAL nor $EDITOR is set"))
                return
            }
            var outcome: Result<String, EditorFailure> = .failure(EditorFailure("The editor did not run"))
            terminal.runOutside { outcome = editor.edit(initial) }
            // Everything is drawn again on a terminal the editor used.
            lastModel = nil
            lastRevision = nil
            switch outcome {
            case .success(let text): store.send(.textEdited(purpose, text: text))
            case .failure(let failure): store.send(.textEdited(purpose, text: nil, problem: failure.message))
            }
        }
    }

    /// Draws the newest state when its screen model or the terminal size changed.
    ///
    /// A state already drawn is not looked at again: after a key the loop draws at once, and
    /// the store's pacer then publishes that same state, which used to build an equal model
    /// (milliseconds over thousands of rows) only to find nothing to draw.
    @discardableResult
    private func draw(on terminal: any Terminal, force: Bool) -> Bool {
        let size = terminal.size
        let (state, revision) = store.stateWithRevision
        if !force, revision == lastRevision, size == lastSize { return false }
        let model = TriageModel(state: state, timeZone: timeZone, memo: memo)
        modelsBuilt += 1
        lastRevision = revision
        guard force || model != lastModel || size != lastSize else { return false }
        terminal.draw(RootView.render(model, palette: palette, keymap: keymap, size: size))
        lastModel = model
        lastSize = size
        return true
    }
}
