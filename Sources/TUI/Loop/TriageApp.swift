import Foundation
import Store

/// The triage UI's loop: keys in, store actions out, frames drawn when something changed.
///
/// Every pass reads the keys waiting (without blocking), routes them through the keymap to
/// store actions, carries out what effects asked of the terminal (clipboard, bell), and draws
/// a frame when the screen model or the size changed — at most one per `frameInterval`, so a
/// burst of keys or events costs one frame. The terminal only writes changed cells.
/// Between passes it sleeps briefly, so the store's effect tasks keep the threads.
public final class TriageApp {
    /// The single source of truth the loop sends actions to.
    public let store: Store
    public let keymap: Keymap
    public let palette: Palette
    /// Keys to actions.
    public let router: KeyRouter
    /// Requests from effects for the terminal (clipboard, bell).
    public let mailbox: HostMailbox
    public let timeZone: TimeZone
    /// The shortest time between two frames.
    public var frameInterval: Duration = .milliseconds(16)

    private var scroll = ViewScroll()
    private var notice: StatusMessage?
    private var lastModel: TriageModel?
    private var lastSize: Size?
    private var lastFrame: ContinuousClock.Instant?
    private var quitRequested = false

    public init(store: Store, keymap: Keymap, palette: Palette, mailbox: HostMailbox = HostMailbox(),
                canOpenBrowser: Bool = false, timeZone: TimeZone = .current) {
        self.store = store
        self.keymap = keymap
        self.palette = palette
        self.mailbox = mailbox
        self.router = KeyRouter(keymap: keymap, canOpenBrowser: canOpenBrowser)
        self.timeZone = timeZone
    }

    /// Runs until the user quits (or the store finishes); the caller shuts the store down.
    ///
    /// - Parameters:
    ///   - terminal: where to draw and read keys.
    ///   - launch: send `.launched` first (start queries and the event stream).
    ///   - stopWhenIdle: return once no key is waiting and the screen is drawn (tests).
    public func run(on terminal: any Terminal, launch: Bool = true, stopWhenIdle: Bool = false) async {
        let size = terminal.size
        store.send(.resized(width: size.width, height: size.height))
        if launch { store.send(.launched(at: Date())) }
        // The first frame goes out at once, before anything is loaded: start-up never waits.
        drawIfNeeded(on: terminal, force: true)
        var lastKeyAt = ContinuousClock.now
        while !quitRequested && !store.isFinished {
            var keys = 0
            while keys < 256, let key = terminal.readKey(timeoutMs: 0) {
                keys += 1
                handle(key, terminal: terminal)
                if quitRequested { break }
            }
            if keys > 0 { lastKeyAt = .now }
            for message in mailbox.takeAll() {
                switch message {
                case .copy(let text): terminal.copyToClipboard(text)
                case .bell: terminal.bell()
                case .notice(let text): setNotice(text)
                }
            }
            if quitRequested || store.isFinished { break }
            let drawn = drawIfNeeded(on: terminal, force: false)
            if stopWhenIdle && keys == 0 && !drawn { break }
            // Short naps while the user is typing, longer ones when idle.
            let idle = ContinuousClock.now - lastKeyAt > .seconds(1)
            try? await Task.sleep(for: idle ? .milliseconds(30) : .milliseconds(8))
        }
    }

    /// Routes one key; public so tests can drive the app without the loop.
    public func handle(_ key: Key, terminal: any Terminal) {
        let state = store.state
        let outcome = router.route(key, state: state, scroll: scroll, size: terminal.size)
        scroll = outcome.scroll
        for action in outcome.actions {
            store.send(action)
        }
        for request in outcome.requests {
            switch request {
            case .quit: quitRequested = true
            case .notice(let text): setNotice(text)
            }
        }
    }

    /// The model for the current state, with the loop's help scroll and notice.
    public func currentModel(size: Size) -> TriageModel {
        let state = store.state
        scroll.help = min(scroll.help, ScrollLimits.maxHelpScroll(keymap: keymap, palette: palette, size: size))
        var model = TriageModel(state: state, helpScroll: scroll.help, timeZone: timeZone)
        if let notice {
            if notice.expires > state.now {
                model.status.message = notice
            } else {
                self.notice = nil
            }
        }
        return model
    }

    /// Draws a frame when the model or size changed and the frame interval has passed.
    @discardableResult
    func drawIfNeeded(on terminal: any Terminal, force: Bool) -> Bool {
        let size = terminal.size
        let now = ContinuousClock.now
        if !force, let lastFrame, now - lastFrame < frameInterval { return false }
        var model = currentModel(size: size)
        guard force || model != lastModel || size != lastSize else { return false }
        // The store leaves the bottom of a text pane to the view: pull a scroll past it back.
        if let limit = ScrollLimits.maxTextScroll(model: model, palette: palette, size: size),
           let current = store.state.detail?.commentScroll, current > limit {
            store.send(.moveSelection(by: limit - current))
            model = currentModel(size: size)
        }
        terminal.draw(RootView.render(model, palette: palette, keymap: keymap, size: size))
        lastModel = model
        lastSize = size
        lastFrame = now
        reportViewport(size: size, model: model)
        return true
    }

    /// Tells the store how many rows the list shows, for paging and scrolling.
    private func reportViewport(size: Size, model: TriageModel) {
        let layout = ScreenLayout(size: size, mode: model.layout, focus: model.focus)
        guard let list = layout.panes[.list] else { return }
        let rows = TodoListView.viewportRows(for: list)
        if rows != store.state.listViewportRows {
            store.send(.listViewportChanged(rows: rows))
        }
    }

    private func setNotice(_ text: String) {
        notice = StatusMessage(text: text, kind: .info, expires: store.state.now.addingTimeInterval(8))
    }
}
