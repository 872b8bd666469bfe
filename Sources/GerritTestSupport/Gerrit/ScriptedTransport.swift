import Foundation
import GerritRemote
import Testing

/// A transport that answers from a script, for client tests that need exact server behaviour
/// (ambiguous stats rows, broken streams, failures) without a server.
///
/// Strict, like lazygit's fake command runner: a command the script did not expect fails the
/// test (and the command), and with `init(expecting:)` every expected command must come, in
/// order, before `verifyAllConsumed()`. Every command is recorded in `commands`.
public final class ScriptedTransport: GerritTransport, @unchecked Sendable {
    /// What a scripted command does.
    public enum Reply: Sendable {
        /// Prints `lines`, then ends as `end` says.
        case lines([String], end: End = .exit(status: 0, stderr: ""))
        /// Fails before starting, like an unreachable server.
        case fail(TransportError)
        /// The script did not expect this command: the test fails, and so does the command.
        case unexpected
    }

    /// One command the test expects, and the reply it gets.
    public struct Exchange: Sendable {
        /// Says whether a command is the expected one.
        public var matches: @Sendable (RemoteCommand) -> Bool
        /// How the expected command is described in failures.
        public var expected: String
        public var reply: Reply

        /// A command whose arguments are exactly `arguments`.
        public static func command(_ arguments: [String], reply: Reply) -> Exchange {
            Exchange(matches: { $0.arguments == arguments }, expected: arguments.joined(separator: " "), reply: reply)
        }

        /// A command whose arguments start with `prefix` (`["gerrit", "query"]`).
        public static func command(startingWith prefix: [String], reply: Reply) -> Exchange {
            Exchange(matches: { $0.arguments.starts(with: prefix) }, expected: prefix.joined(separator: " ") + " …",
                     reply: reply)
        }
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
        self.exchanges = nil
    }

    /// A transport that expects exactly these commands, in this order.
    public init(expecting exchanges: [Exchange]) {
        self.exchanges = exchanges
        self.script = { command, index in
            guard exchanges.indices.contains(index) else { return .unexpected }
            return exchanges[index].matches(command) ? exchanges[index].reply : .unexpected
        }
    }

    private let exchanges: [Exchange]?

    /// Fails the test for every expected command that never came.
    public func verifyAllConsumed(sourceLocation: SourceLocation = #_sourceLocation) {
        guard let exchanges else { return }
        let count = commands.count
        for exchange in exchanges.dropFirst(count) {
            Issue.record("ScriptedTransport: expected `\(exchange.expected)`, which never came", sourceLocation: sourceLocation)
        }
    }

    /// Nothing to close.
    public func shutdown() {}

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
        case .unexpected:
            var message = "ScriptedTransport: unexpected command #\(index + 1) `\(command.description)`"
            if let exchanges {
                message += "; expected `" + (exchanges.indices.contains(index) ? exchanges[index].expected : "nothing more") + "`"
            }
            Issue.record(Comment(rawValue: message))
            throw TransportError.commandFailed(address: "scripted", command: command.description, reason: "unexpected command")
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
