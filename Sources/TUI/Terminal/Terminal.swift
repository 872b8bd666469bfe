/// What the TUI needs from a terminal: its size, showing a screen, and reading keys.
///
/// `NcursesTerminal` (in TerminalBackend) is the real one; `MemoryTerminal` plays scripted keys
/// and keeps what was drawn, for tests. A terminal is used from one thread.
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

    /// Puts text on the system clipboard (OSC 52 on real terminals).
    func copyToClipboard(_ text: String)

    /// Rings the bell.
    func bell()
}

extension Terminal {
    /// Terminals that cannot copy ignore it.
    public func copyToClipboard(_ text: String) {}
    /// Terminals without a bell ignore it.
    public func bell() {}
}
