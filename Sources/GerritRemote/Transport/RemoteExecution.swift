import Foundation

/// A started remote command: its stdout lines as they arrive, then its exit.
///
/// Iterate `stdoutLines` to the end, then call `finish()` for stderr and the exit status.
/// The stream throws `TransportError` if the connection breaks or the idle timeout hits.
/// Ending the iteration early (or cancelling its task) closes the remote command.
public struct RemoteExecution: Sendable {
    /// Stdout split into lines, without terminators; invalid UTF-8 is repaired.
    public let stdoutLines: AsyncThrowingStream<String, Error>
    private let completion: RemoteCompletion

    /// Creates an execution from a line stream and the completion that the transport resolves.
    public init(stdoutLines: AsyncThrowingStream<String, Error>, completion: RemoteCompletion) {
        self.stdoutLines = stdoutLines
        self.completion = completion
    }

    /// Waits for the command to end and returns its stderr and exit status.
    ///
    /// - Throws: the same `TransportError` the stream threw, or `CancellationError` when
    ///   the command was cancelled.
    public func finish() async throws -> RemoteExit {
        try await completion.value()
    }
}

/// How a remote command ended.
public struct RemoteExit: Sendable, Equatable {
    /// The exit status the server reported; `0` means success.
    public var status: Int32
    /// Everything the command wrote to stderr.
    public var stderr: String

    public init(status: Int32, stderr: String) {
        self.status = status
        self.stderr = stderr
    }
}

/// A one-shot, thread-safe slot for a command's result that many tasks may await.
///
/// Transports resolve it from their own thread; awaiting tasks resume once it is set.
public final class RemoteCompletion: @unchecked Sendable {
    // Guarded by `lock`: the transport thread resolves while tasks await.
    private let lock = NSLock()
    private var result: Result<RemoteExit, Error>?
    private var waiters: [CheckedContinuation<RemoteExit, Error>] = []

    public init() {}

    /// Sets the result once; later calls are ignored.
    public func resolve(_ value: Result<RemoteExit, Error>) {
        lock.lock()
        guard result == nil else {
            lock.unlock()
            return
        }
        result = value
        let pending = waiters
        waiters = []
        lock.unlock()
        for waiter in pending {
            waiter.resume(with: value)
        }
    }

    /// Waits for the result.
    public func value() async throws -> RemoteExit {
        try await withCheckedThrowingContinuation { continuation in
            lock.lock()
            if let result {
                lock.unlock()
                continuation.resume(with: result)
            } else {
                waiters.append(continuation)
                lock.unlock()
            }
        }
    }
}
