import Foundation
import GerritSim

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

    public func run(_ command: RemoteCommand) async throws -> RemoteExecution {
        let completion = RemoteCompletion()
        let commandLine = command.quoted
        if GerritSimServer.isStreamEvents(commandLine) {
            let events = await server.eventStream(commandLine: commandLine, user: user, clock: clock)
            let lines = AsyncThrowingStream<String, Error> { continuation in
                let pump = Task {
                    for await line in events {
                        continuation.yield(line)
                    }
                    continuation.finish()
                    completion.resolve(.success(RemoteExit(status: 0, stderr: "")))
                }
                continuation.onTermination = { _ in
                    pump.cancel()
                    completion.resolve(.failure(CancellationError()))
                }
            }
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
