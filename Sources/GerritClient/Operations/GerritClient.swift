import Foundation
import GerritModel

/// The one Gerrit client shared by the CLI and the TUI: queries, the live event stream, reviews.
///
/// It speaks Gerrit's SSH command interface over any `GerritTransport` (libssh2, OpenSSH, or the
/// in-process simulator) and hands back `GerritModel` values; nothing above it sees raw JSON.
public struct GerritClient: Sendable {
    /// How commands reach the server.
    public let transport: any GerritTransport
    /// Where the server is, for messages: "review.example.org:29418", or "demo".
    public let serverName: String
    /// The Gerrit account the commands run as.
    public let user: String

    public init(transport: any GerritTransport, serverName: String, user: String) {
        self.transport = transport
        self.serverName = serverName
        self.user = user
    }

    /// Runs `query` and returns every matching change, in the server's order.
    ///
    /// - Throws: `GerritClientError` for error rows, undecodable lines and failed commands;
    ///   `TransportError` when the server cannot be reached.
    public func query(_ query: GerritQuery, options: QueryOptions = QueryOptions()) async throws -> [Change] {
        var changes: [Change] = []
        for try await change in queryStream(query, options: options) {
            changes.append(change)
        }
        return changes
    }

    /// Runs `query` and yields changes as they arrive.
    public func queryStream(_ query: GerritQuery, options: QueryOptions = QueryOptions()) -> AsyncThrowingStream<Change, Error> {
        let command = RemoteCommand(["gerrit", "query", "--format=JSON"] + options.flags + [query.rendered])
        let decoder = GerritLineDecoder(source: serverName)
        let transport = self.transport
        let serverName = self.serverName
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let execution = try await transport.run(command)
                    var lineNumber = 0
                    for try await line in execution.stdoutLines {
                        lineNumber += 1
                        switch decoder.queryRow(line, lineNumber: lineNumber) {
                        case .success(.change(let change)): continuation.yield(change)
                        case .success(.error(let error)):
                            throw GerritClientError.serverError(server: serverName, message: error.message)
                        case .success, .none: break
                        case .failure(let error): throw GerritClientError.undecodable(error)
                        }
                    }
                    let exit = try await execution.finish()
                    if exit.status != 0 {
                        throw GerritClientError.commandFailed(server: serverName, command: command.description,
                                                              status: exit.status, stderr: exit.stderr)
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The live event stream (`gerrit stream-events`), decoded, with connection state changes.
    public func events() -> AsyncStream<EventFeedUpdate> {
        let transport = self.transport
        let decoder = GerritLineDecoder(source: "\(serverName) stream-events")
        return AsyncStream { continuation in
            let task = Task {
                continuation.yield(.state(.connecting))
                do {
                    let execution = try await transport.run(RemoteCommand(["gerrit", "stream-events"], idleTimeout: nil))
                    continuation.yield(.state(.live))
                    var lineNumber = 0
                    for try await line in execution.stdoutLines {
                        lineNumber += 1
                        switch decoder.event(line, lineNumber: lineNumber) {
                        case .success(let event): continuation.yield(.event(event))
                        case .failure(let error): continuation.yield(.undecodable(error.description))
                        case .none: break
                        }
                    }
                    continuation.yield(.state(.offline(reason: "the server closed the event stream")))
                } catch {
                    continuation.yield(.state(.offline(reason: "\(error)")))
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Posts a review (`gerrit review`): votes, a message, abandon or restore.
    public func review(_ request: ReviewRequest) async throws {
        let command = RemoteCommand(request.arguments)
        let output = try await transport.collect(command)
        if output.exitStatus != 0 {
            throw GerritClientError.commandFailed(server: serverName, command: command.description,
                                                  status: output.exitStatus, stderr: output.stderr)
        }
    }
}
