import Foundation
import GerritRemote

/// Runs Gerrit commands against the in-process simulated server (`--demo` and tests).
///
/// One `GerritSimServer` is shared by every command, so a review posted through this
/// transport shows up in later queries and on open `stream-events` streams, as on a real server.
public struct SimulatedTransport: GerritTransport {
    /// The simulated server; shared with callers that want to drive its clock in tests.
    public let server: GerritSimServer
    /// The Gerrit user the commands run as (the SSH login name on a real server).
    public let user: String
    /// Paces `stream-events`: real time for the demo, immediate for tests.
    public let clock: any SimEventClock

    public init(server: GerritSimServer, user: String = "demo", clock: any SimEventClock) {
        self.server = server
        self.user = user
        self.clock = clock
    }

    /// The built-in simulated server of `--demo`, as user "demo".
    ///
    /// - Parameters:
    ///   - now: the simulated present; the dataset is generated around it.
    ///   - realTimeEvents: pace `stream-events` in real time (the TUI); `false` sends events
    ///     as fast as they are read (tests).
    ///   - eventRate: live events per simulated minute (a quiet feed for benchmarks: 0).
    public static func demo(now: Date, realTimeEvents: Bool,
                            eventRate: Double = SimServerConfig().eventRate) -> SimulatedTransport {
        let clock: any SimEventClock = realTimeEvents
            ? RealTimeEventClock(simulatedStart: now, wallStart: Date())
            : ImmediateEventClock()
        return SimulatedTransport(server: GerritSimServer(now: now, config: SimServerConfig(eventRate: eventRate)),
                                  user: "demo", clock: clock)
    }

    /// The server lives in this process: nothing to close.
    public func shutdown() {}

    public func run(_ command: RemoteCommand) async throws -> RemoteExecution {
        let completion = RemoteCompletion()
        let commandLine = command.quoted
        if GerritSimServer.isStreamEvents(commandLine) {
            let source = SimulatedLineSource(await server.eventStream(commandLine: commandLine, user: user, clock: clock))
            // Pull-driven: the simulator makes an event only when the reader asks for one, and
            // every line is a real suspension. With an immediate clock the simulator never waits,
            // so a pump or a buffer here would hold a cooperative thread (2 on 2 cores) for good.
            let lines = AsyncThrowingStream<String, Error>(unfolding: {
                await Task.yield()
                guard let line = await source.next() else {
                    completion.resolve(Task.isCancelled ? .failure(CancellationError())
                                                        : .success(RemoteExit(status: 0, stderr: "")))
                    return nil
                }
                return line
            })
            return RemoteExecution(stdoutLines: lines, completion: completion)
        }
        let result = await server.run(commandLine: commandLine, user: user, stdin: command.stdin ?? Data())
        let lines = AsyncThrowingStream<String, Error> { continuation in
            for line in result.stdout {
                continuation.yield(line)
            }
            continuation.finish()
        }
        completion.resolve(.success(RemoteExit(status: result.exitStatus, stderr: result.stderr)))
        return RemoteExecution(stdoutLines: lines, completion: completion)
    }
}

/// The simulator's event lines, read one at a time by a single consumer.
///
/// `AsyncThrowingStream(unfolding:)` never calls its closure again before the previous call
/// returned, so the iterator is never used from two places at once.
private final class SimulatedLineSource: @unchecked Sendable {
    private var iterator: AsyncStream<String>.AsyncIterator

    init(_ stream: AsyncStream<String>) {
        iterator = stream.makeAsyncIterator()
    }

    func next() async -> String? {
        await iterator.next(isolation: nil)
    }
}
