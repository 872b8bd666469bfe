import Foundation
import GerritModel
import GerritRemote
import GerritSim

/// The store's `GerritService` answered straight by an in-process simulated server.
///
/// For tests of the store and the reports that need real Gerrit answers but not the client
/// (paging, caching, SSH): queries run with `--no-limit` in one go, the event feed goes live
/// at once and never reconnects, reviews run as `gerrit review`. Lines are decoded with the
/// same decoder the client uses.
public struct SimulatedService: GerritService {
    public let server: GerritSimServer
    public let user: String
    public let clock: any SimEventClock
    public let serverName: String
    /// The most events the feed delivers; then it stays open and quiet, like a server at rest.
    public let eventLimit: Int?

    /// A service over `server` as `user`; events come as fast as they are read unless `clock`
    /// paces them, and stop after `eventLimit` (a fast feed that never ends keeps a test's
    /// threads busy for nothing).
    public init(server: GerritSimServer, user: String = "demo", clock: any SimEventClock = ImmediateEventClock(),
                serverName: String = "sim", eventLimit: Int? = nil) {
        self.server = server
        self.user = user
        self.clock = clock
        self.serverName = serverName
        self.eventLimit = eventLimit
    }

    public func changes(matching query: GerritQuery, options: QueryOptions) async throws -> [Change] {
        let text = query.rendered.isEmpty ? "limit:500" : query.rendered
        let command = RemoteCommand(["gerrit", "query", "--format=JSON", "--no-limit"] + options.flags + [text])
        let result = await server.run(commandLine: command.quoted, user: user)
        guard result.exitStatus == 0 else {
            throw GerritClientError.commandFailed(server: serverName, command: command.description,
                                                  status: result.exitStatus, stderr: result.stderr)
        }
        let decoder = GerritLineDecoder(source: "\(serverName) query")
        var changes: [Change] = []
        for (index, line) in result.stdout.enumerated() {
            switch decoder.queryRow(line, lineNumber: index + 1) {
            case .success(.change(let change)): changes.append(change)
            case .success(.error(let error)): throw GerritClientError.serverError(server: serverName, message: error.message)
            case .failure(let error): throw GerritClientError.undecodable(error)
            case .success(.stats), nil: break
            }
        }
        return changes
    }

    /// Live at once; the simulator's stream never breaks, so there is nothing to catch up.
    public func eventFeed(backfillOptions: QueryOptions) -> AsyncStream<EventFeedUpdate> {
        let (server, user, clock, serverName, limit) = (self.server, self.user, self.clock, self.serverName, self.eventLimit)
        return AsyncStream { continuation in
            let task = Task {
                continuation.yield(.state(.connecting))
                let lines = await server.eventStream(user: user, clock: clock)
                continuation.yield(.state(.live))
                let decoder = GerritLineDecoder(source: "\(serverName) stream-events")
                var number = 0
                for await line in lines {
                    if let limit, number >= limit { break }
                    number += 1
                    switch decoder.event(line, lineNumber: number) {
                    case .success(let event): continuation.yield(.event(event))
                    case .failure(let error): continuation.yield(.undecodable(error.description))
                    case nil: break
                    }
                }
                // At rest: open until cancelled, as a live stream with nothing to say.
                while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    public func serverVersion() async throws -> GerritVersion? {
        let result = await server.run(commandLine: "gerrit version", user: user)
        return result.stdout.lazy.compactMap(GerritVersion.init(parsing:)).first
    }

    public func post(_ request: ReviewRequest) async throws {
        for command in request.commands() {
            let result = await server.run(commandLine: command.quoted, user: user, stdin: command.stdin ?? Data())
            guard result.exitStatus == 0 else {
                throw GerritClientError.commandFailed(server: serverName, command: command.description,
                                                      status: result.exitStatus,
                                                      stderr: ReviewRequest.userMessages(fromStderr: result.stderr))
            }
        }
    }
}
