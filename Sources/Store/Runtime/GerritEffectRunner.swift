import Foundation
import GerritModel
import GerritRemote

/// Runs effects against a `GerritService` (a `GerritClient`, or a caching one): queries,
/// the event stream, reviews and timers.
///
/// Browser and clipboard are the host's business (they differ per platform and terminal), so
/// they are handed to `platform`; `quit` and the bell are handled by `Store` and the terminal.
public struct GerritEffectRunner: EffectRunner {
    /// What the host does for the effects that leave the process.
    public struct Platform: Sendable {
        public var openURL: @Sendable (String) async -> Void
        public var copyToClipboard: @Sendable (String) async -> Void
        public var ringBell: @Sendable () async -> Void

        public init(openURL: @escaping @Sendable (String) async -> Void = { _ in },
                    copyToClipboard: @escaping @Sendable (String) async -> Void = { _ in },
                    ringBell: @escaping @Sendable () async -> Void = {}) {
            self.openURL = openURL
            self.copyToClipboard = copyToClipboard
            self.ringBell = ringBell
        }

        /// Does nothing: tests, and hosts without a browser.
        public static let none = Platform()
    }

    public let client: any GerritService
    public let clock: any StoreClock
    public let platform: Platform

    public init(client: any GerritService, clock: any StoreClock, platform: Platform = .none) {
        self.client = client
        self.clock = clock
        self.platform = platform
    }

    public func run(_ effect: Effect, send: @escaping @Sendable (Action) -> Void) async {
        switch effect {
        case .query(let id, let query, let options):
            do {
                let changes = try await client.changes(matching: query, options: options)
                send(.queryFinished(id, changes, at: clock.now()))
            } catch {
                // A cancelled query (Esc, or replaced) fails however the transport fails: stay quiet.
                if Task.isCancelled || error is CancellationError { return }
                send(.queryFailed(id, message: Self.describe(error), at: clock.now()))
            }
        case .prefetchChangeDetail(let number, let options, let delay):
            do {
                try await clock.sleep(for: delay)
            } catch {
                return
            }
            await run(.loadChangeDetail(number: number, options: options), send: send)
        case .loadChangeDetail(let number, let options):
            do {
                let changes = try await client.changes(matching: .change(number), options: options)
                if let change = changes.first(where: { $0.number == number }) ?? changes.first {
                    send(.changeDetailLoaded(change, at: clock.now()))
                } else {
                    send(.changeDetailFailed(number: number, message: "\(client.serverName): change \(number) was not found",
                                             at: clock.now()))
                }
            } catch {
                if Task.isCancelled || error is CancellationError { return }
                send(.changeDetailFailed(number: number, message: Self.describe(error), at: clock.now()))
            }
        case .fetchChange(let number, let me, let options):
            do {
                let reviewed = try await client.changes(matching: .and([.change(number), .reviewer(me)]), options: options)
                if let change = reviewed.first(where: { $0.number == number }) {
                    send(.changeFetched(number: number, change: change, reviewedByMe: true, at: clock.now()))
                    return
                }
                let plain = try await client.changes(matching: .change(number), options: options)
                send(.changeFetched(number: number, change: plain.first { $0.number == number }, reviewedByMe: false,
                                    at: clock.now()))
            } catch {
                if Task.isCancelled || error is CancellationError { return }
                send(.changeFetchFailed(number: number, message: Self.describe(error), at: clock.now()))
            }
        case .startEventStream(let backfillOptions):
            for await update in client.eventFeed(backfillOptions: backfillOptions) {
                if Task.isCancelled { return }
                send(.eventFeed(update, at: clock.now()))
            }
            if !Task.isCancelled { send(.eventStreamEnded(at: clock.now())) }
        case .postReview(let id, let request):
            do {
                try await client.post(request)
                send(.reviewFinished(id: id, at: clock.now()))
            } catch {
                send(.reviewFailed(id: id, message: Self.describe(error), at: clock.now()))
            }
        case .scheduleTick(let seconds):
            do {
                try await clock.sleep(for: seconds)
                send(.tick(clock.now()))
            } catch {
                return
            }
        case .openURL(let url):
            await platform.openURL(url)
        case .copyToClipboard(let text):
            await platform.copyToClipboard(text)
        case .ringBell:
            await platform.ringBell()
        case .quit, .cancelQuery:
            // The store handles these itself.
            return
        }
    }

    /// A user-facing message: our errors describe themselves; others use their description.
    static func describe(_ error: any Error) -> String {
        if let error = error as? GerritClientError { return error.description }
        if let error = error as? TransportError { return error.description }
        if let error = error as? LocalizedError, let text = error.errorDescription { return text }
        return String(describing: error)
    }
}
