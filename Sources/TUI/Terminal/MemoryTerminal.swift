/// An in-memory terminal for tests: plays scripted keys and keeps the screens drawn.
///
/// Reading a `.resize` key changes `size` to the new size, as a real terminal would before
/// reporting it. When the script runs out, `readKey` returns nil (a timeout) and
/// `waitForInput` blocks until its `MemoryWaker` is woken, as the real terminal would.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    /// Keys still to be read, first first.
    public private(set) var pendingKeys: [Key]
    /// Every screen drawn, oldest first.
    public private(set) var drawnScreens: [Screen] = []
    /// The changes each draw would have written, as the real backend computes them.
    public private(set) var drawnChanges: [[ScreenChange]] = []

    /// Texts put on the clipboard, oldest first.
    public private(set) var clipboard: [String] = []
    /// How often the bell rang.
    public private(set) var bells = 0
    /// How often a loop waited for input (a loop that polls would wait very often, or never).
    public private(set) var waits = 0

    /// Wakes `waitForInput`; tests may also wait on it or wake it.
    public let memoryWaker = MemoryWaker()
    /// `memoryWaker`, as the protocol sees it.
    public var waker: any TerminalWaker { memoryWaker }

    public init(size: Size, keys: [Key] = []) {
        self.size = size
        self.pendingKeys = keys
    }

    /// The last screen drawn, if any.
    public var lastScreen: Screen? { drawnScreens.last }

    /// Adds keys to the end of the script.
    public func enqueue(_ keys: Key...) {
        pendingKeys.append(contentsOf: keys)
    }

    /// Adds keys by config name (`"j"`, `"C-r"`, `"Enter"`).
    /// - Throws: `KeyNameError` for a name that is not a key.
    public func enqueue(names: [String]) throws {
        for name in names {
            pendingKeys.append(try Key(parsing: name))
        }
    }

    /// Keeps the screen and the changes the backend would write.
    public func draw(_ screen: Screen) {
        drawnChanges.append(screen.diff(from: drawnScreens.last))
        drawnScreens.append(screen)
    }

    /// The next scripted key, or nil when the script ran out.
    public func readKey(timeoutMs: Int?) -> Key? {
        guard !pendingKeys.isEmpty else { return nil }
        let key = pendingKeys.removeFirst()
        if case .resize(let newSize) = key { size = newSize }
        return key
    }

    /// Returns at once while scripted keys wait; otherwise sleeps until woken or timed out.
    public func waitForInput(timeoutMs: Int?) {
        waits += 1
        guard pendingKeys.isEmpty else { return }
        memoryWaker.wait(timeoutMs: timeoutMs)
    }

    /// Records the text.
    public func copyToClipboard(_ text: String) {
        clipboard.append(text)
    }

    /// Counts the bell.
    public func bell() {
        bells += 1
    }
}
