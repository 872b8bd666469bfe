import Foundation

/// Requests from effect tasks that only the terminal loop may carry out (it owns the terminal).
///
/// Thread-safe: effects post from any task; the loop takes them between frames.
public final class HostMailbox: @unchecked Sendable {
    /// What an effect asks of the terminal.
    public enum Message: Hashable, Sendable {
        case copy(String)
        case bell
        case notice(String)
    }

    // @unchecked: `messages` is only touched under `lock`.
    private let lock = NSLock()
    private var messages: [Message] = []

    public init() {}

    /// Leaves a request for the loop.
    public func post(_ message: Message) {
        lock.withLock { messages.append(message) }
    }

    /// Everything posted since the last call, oldest first.
    public func takeAll() -> [Message] {
        lock.withLock {
            defer { messages.removeAll() }
            return messages
        }
    }
}
