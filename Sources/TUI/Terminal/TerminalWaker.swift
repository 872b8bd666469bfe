/// Wakes a thread blocked in `Terminal.waitForInput`: the store's frames and the host channel
/// call it when there is something to draw or do.
public protocol TerminalWaker: AnyObject, Sendable {
    /// Makes the current or the next `waitForInput` return. Cheap, never blocks, and may be
    /// called from any thread (and many times: wakes before the wait collapse into one).
    func wake()
}
