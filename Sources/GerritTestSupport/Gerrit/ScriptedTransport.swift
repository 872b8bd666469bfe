import Foundation
import GerritClient

/// A transport that answers from a script, for client tests that need exact server behaviour
/// (ambiguous stats rows, broken streams, failures) without a server.
///
/// The script gets each command and its 0-based call number and returns a `Reply`. Every
/// command is recorded in `commands`.
public final class ScriptedTransport: GerritTransport, @unchecked Sendable {
    /// What a scripted command does.
    public enum Reply: Sendable {
        /// Prints `lines`, then ends as `end` says.
        case lines([String], end: End = .exit(status: 0, stderr: ""))
        /// Fails before starting, like an unreachable server.
        case fail(TransportError)
    }

    /// How a scripted command ends after its lines.
    public enum End: Sendable {
        case exit(status: Int32, stderr: String)
        /// The connection breaks.
        case broken(TransportError)
        /// Stays open (like a quiet `stream-events`) until cancelled.
        case hang
    }

    private let script: @Sendable (RemoteCommand, Int) -> Reply
    // Guarded by `lock`: commands may run concurrently.
    private let lock = NSLock()
    private var recorded: [RemoteCommand] = []

    public init(_ script: @escaping @Sendable (RemoteCommand, Int) -> Reply) {
        self.script = script
    }

    /// Every command run so far, in order.
    public var commands: [RemoteCommand] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    private func record(_ command: RemoteCommand) -> Int {
        lock.lock()
        defer { lock.unlock() }
        recorded.append(command)
        return recorded.count - 1
    }

    public func run(_ command: RemoteCommand) async throws -> RemoteExecution {
        let index = record(command)
        let completion = RemoteCompletion()
        switch script(command, index) {
        case .fail(let error):
            throw error
        case .lines(let lines, let end):
            let stream = AsyncThrowingStream<String, Error> { continuation in
                for line in lines { continuation.yield(line) }
                switch end {
                case .exit(let status, let stderr):
                    continuation.finish()
                    completion.resolve(.success(RemoteExit(status: status, stderr: stderr)))
                case .broken(let error):
                    continuation.finish(throwing: error)
                    completion.resolve(.failure(error))
                case .hang:
                    continuation.onTermination = { _ in completion.resolve(.failure(CancellationError())) }
                }
            }
            return RemoteExecution(stdoutLines: stream, completion: completion)
        }
    }
}
