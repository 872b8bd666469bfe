/// What the TUI needs from a terminal: its size, showing a screen, reading keys, and waiting
/// for keys without spinning.
///
/// `NcursesTerminal` (in TerminalBackend) is the real one; `MemoryTerminal` plays scripted keys
/// and keeps what was drawn, for tests. A terminal is used from one thread; only its `waker`
/// may be used from others.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }

    /// Shows a screen. Only cells that changed since the last call need to be written.
    func draw(_ screen: Screen)

    /// Waits for the next key or terminal event.
    ///
    /// - Parameter timeoutMs: How long to wait; nil waits for ever, 0 only looks.
    /// - Returns: The key, or nil when the timeout passed first.
    func readKey(timeoutMs: Int?) -> Key?

    /// Blocks the calling thread until a key may be waiting, the terminal was resized, or
    /// `waker.wake()` was called (from any thread) since the last wait.
    ///
    /// Returns early on any of those and may return spuriously; the caller then reads keys
    /// with `readKey(timeoutMs: 0)`. Never call it from Swift's cooperative thread pool.
    /// - Parameter timeoutMs: The longest wait; nil waits until something happens.
    func waitForInput(timeoutMs: Int?)

    /// Ends a `waitForInput` early; safe to use from any thread.
    var waker: any TerminalWaker { get }

    /// Puts text on the system clipboard (OSC 52 on real terminals).
    func copyToClipboard(_ text: String)

    /// Rings the bell.
    func bell()

    /// Lets another program (an editor) use the terminal while `body` runs, then takes it back.
    func runOutside(_ body: () -> Void)
}

extension Terminal {
    /// Terminals that cannot copy ignore it.
    public func copyToClipboard(_ text: String) {}
    /// Terminals without a bell ignore it.
    public func bell() {}
    /// Terminals without a screen of their own just run it.
    public func runOutside(_ body: () -> Void) { body() }
}
