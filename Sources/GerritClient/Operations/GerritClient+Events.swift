import Foundation
import GerritModel
import GerritRemote
import Logging

extension GerritClient {
    /// The live event stream (`gerrit stream-events`), decoded, with connection state changes.
    ///
    /// The feed reconnects by itself: when the stream breaks it reports
    /// `.reconnecting(attempt:delay:reason:)`, waits (0.5 s doubling to 30 s by default), reconnects,
    /// reports `.live`, and then sends a `.backfill` of the changes updated since the last event
    /// it saw (a query, so nothing that happened while it was down is lost; the window overlaps
    /// a little, so callers dedupe by change number and `lastUpdated`). A `dropped-output` event
    /// from the server triggers the same catch-up without reconnecting. Errors no retry can fix
    /// (host key, authentication) end it with `.offline`. Cancelling the consuming task stops it.
    public func events(reconnect policy: ReconnectPolicy = ReconnectPolicy()) -> AsyncStream<EventFeedUpdate> {
        let feed = EventFeed(client: self, policy: policy)
        return AsyncStream { continuation in
            let task = Task {
                await feed.run { continuation.yield($0) }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

/// The reconnect loop behind `GerritClient.events(reconnect:)`.
struct EventFeed: Sendable {
    let client: GerritClient
    let policy: ReconnectPolicy

    /// Why a session ended.
    private enum SessionEnd {
        case cancelled
        case broken(reason: String, receivedLines: Bool)
        case permanent(reason: String)
    }

    func run(_ emit: @escaping @Sendable (EventFeedUpdate) -> Void) async {
        var failures = 0
        // Client-clock time of the newest event seen (or of going live): the catch-up window starts there.
        var lastSeen: Date?
        var isReconnect = false
        emit(.state(.connecting))
        while !Task.isCancelled {
            let end = await session(isReconnect: isReconnect, lastSeen: &lastSeen, emit)
            switch end {
            case .cancelled:
                return
            case .permanent(let reason):
                emit(.state(.offline(reason: reason)))
                return
            case .broken(let reason, let receivedLines):
                failures = receivedLines ? 1 : failures + 1
                if let maxAttempts = policy.maxAttempts, failures > maxAttempts {
                    emit(.state(.offline(reason: reason)))
                    return
                }
                let delay = policy.delay(forAttempt: failures)
                Logger(label: "gerrymander.client").info("\(reason); reconnecting in \(delay) s (attempt \(failures))")
                emit(.state(.reconnecting(attempt: failures, delay: delay, reason: reason)))
                do {
                    try await policy.clock.sleep(seconds: delay)
                } catch {
                    return
                }
                if Task.isCancelled { return }
                isReconnect = true
                emit(.state(.connecting))
            }
        }
    }

    private func session(isReconnect: Bool, lastSeen: inout Date?,
                         _ emit: @Sendable (EventFeedUpdate) -> Void) async -> SessionEnd {
        let decoder = GerritLineDecoder(source: "\(client.serverName) stream-events")
        let execution: RemoteExecution
        do {
            execution = try await client.transport.run(RemoteCommand(["gerrit", "stream-events"], idleTimeout: nil))
        } catch {
            return classify(error, receivedLines: false)
        }
        emit(.state(.live))
        let wentLive = policy.clock.now
        if isReconnect {
            let since = lastSeen ?? wentLive
            do {
                let changes = try await backfill(since: since)
                emit(.backfill(changes))
            } catch is CancellationError {
                return .cancelled
            } catch let error as TransportError {
                // The catch-up failed like a connection would: try again after the back-off, same window.
                return classify(error, receivedLines: false)
            } catch {
                emit(.undecodable("\(client.serverName): catching up after reconnecting failed: \(error)"))
            }
        }
        if lastSeen == nil { lastSeen = wentLive }
        var lineNumber = 0
        var receivedLines = false
        // A line that failed to decode is held back one line: if it is the last one before the
        // connection broke, it is the half-written tail of a cut stream, not a server problem.
        var heldBack: String?
        do {
            for try await line in execution.stdoutLines {
                lineNumber += 1
                if let pending = heldBack {
                    emit(.undecodable(pending))
                    heldBack = nil
                }
                switch decoder.event(line, lineNumber: lineNumber) {
                case .success(let event):
                    receivedLines = true
                    emit(.event(event))
                    if case .droppedOutput = event {
                        // The server skipped events for us: catch up from the last one we did get.
                        do {
                            emit(.backfill(try await backfill(since: lastSeen ?? wentLive)))
                        } catch is CancellationError {
                            return .cancelled
                        } catch {
                            emit(.undecodable("\(client.serverName): catching up after dropped events failed: \(error)"))
                        }
                    }
                    lastSeen = policy.clock.now
                case .failure(let error):
                    heldBack = error.description
                case nil:
                    break
                }
            }
        } catch is CancellationError {
            return .cancelled
        } catch {
            if Task.isCancelled { return .cancelled }
            return classify(error, receivedLines: receivedLines)
        }
        if Task.isCancelled { return .cancelled }
        let exit: RemoteExit
        do {
            exit = try await execution.finish()
        } catch {
            if Task.isCancelled { return .cancelled }
            return classify(error, receivedLines: receivedLines)
        }
        if exit.status == 0, let pending = heldBack { emit(.undecodable(pending)) }
        let detail = ReviewRequest.userMessages(fromStderr: exit.stderr)
        var reason = "\(client.serverName): the server closed the event stream"
        if exit.status != 0 { reason += " (status \(exit.status)\(detail.isEmpty ? "" : ": \(detail)"))" }
        return .broken(reason: reason, receivedLines: receivedLines)
    }

    /// Changes updated since `since` (client clock), plus the overlap.
    func backfill(since: Date) async throws -> [Change] {
        let seconds = Int((policy.clock.now.timeIntervalSince(since) + policy.backfillOverlap).rounded(.up))
        return try await client.query(.newerThan("\(max(1, seconds))s"), options: policy.backfillOptions)
    }

    private func classify(_ error: any Error, receivedLines: Bool) -> SessionEnd {
        if error is CancellationError || Task.isCancelled { return .cancelled }
        if let transport = error as? TransportError {
            switch transport {
            case .hostKeyUnknown, .hostKeyChanged, .hostKeyNotRecorded, .authenticationFailed,
                 .rsaKeyUnsupported, .launchFailed, .closed:
                return .permanent(reason: transport.description)
            default:
                return .broken(reason: transport.description, receivedLines: receivedLines)
            }
        }
        return .broken(reason: "\(error)", receivedLines: receivedLines)
    }
}
