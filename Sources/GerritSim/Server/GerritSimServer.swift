import Foundation

/// The simulated Gerrit server: runs one-shot SSH commands and streams events.
///
/// An actor because the demo queries while a `stream-events` session runs, and both see (and
/// change) the same dataset.
public actor GerritSimServer {
    public private(set) var dataset: SimDataset
    public private(set) var generator: SimEventGenerator
    public let config: SimServerConfig
    private struct Subscriber {
        var filter: Set<String>
        var queue: [String] = []
    }
    private var subscribers: [UUID: Subscriber] = [:]
    private var recent: [SimEvent] = []

    /// A server over `dataset`, with live events starting after `dataset.now`.
    public init(dataset: SimDataset, config: SimServerConfig = SimServerConfig(), generator: SimEventGenerator? = nil) {
        self.dataset = dataset
        self.config = config
        self.generator = generator ?? SimEventGenerator(seed: config.eventSeed, ratePerMinute: config.eventRate,
                                                        startingAt: dataset.now, oldServer: config.oldServer)
    }

    /// A server with a freshly generated dataset.
    public init(seed: UInt64 = 42, changeCount: Int = 320, now: Date, config: SimServerConfig = SimServerConfig()) {
        self.init(dataset: SimDataset.generate(seed: seed, changeCount: changeCount, now: now), config: config)
    }

    /// Runs one command line as `user`, e.g. `gerrit query --format=JSON status:open`.
    ///
    /// The line is split like Gerrit's SSH daemon splits it (quotes, backslashes). `stdin` feeds
    /// `gerrit review --json`. Reviews change the dataset and reach every event stream.
    public func run(commandLine: String, user: String, stdin: Data = Data()) -> SimCommandResult {
        let words: [String]
        do {
            words = try CommandLineSplitter.split(commandLine)
        } catch {
            return .fatal("\(error)")
        }
        return run(words: words, user: user, stdin: stdin)
    }

    /// Runs an already split command.
    public func run(words: [String], user: String, stdin: Data = Data()) -> SimCommandResult {
        guard let first = words.first else { return .fatal("no command given", status: 1) }
        guard first == "gerrit" else { return .fatal("\(first): not found", status: 127) }
        guard words.count > 1 else { return .fatal("gerrit: a subcommand is required", status: 1) }
        let args = Array(words.dropFirst(2))
        switch words[1] {
        case "version":
            return SimCommandResult(stdout: [config.versionLine])
        case "query":
            return SimQueryCommand(dataset: dataset, config: config, user: user).run(args)
        case "review":
            var d = dataset
            let (result, events) = SimReviewCommand(config: config).run(args, user: user, stdin: stdin, dataset: &d)
            dataset = d
            for e in events { broadcast(e) }
            return result
        case "ls-projects":
            return SimCommandResult(stdout: dataset.projects.map(\.name).sorted())
        case "stream-events":
            if case .failure(let message) = Self.parseSubscriptions(args) { return .fatal(message) }
            return .fatal("stream-events needs a streaming session: use eventStream(commandLine:user:clock:)")
        default:
            return .fatal("gerrit: \(words[1]): not found", status: 1)
        }
    }

    /// Validates `-s/--subscribe TYPE` options of stream-events.
    public enum Subscriptions: Sendable, Equatable {
        case success(Set<String>)
        case failure(String)
    }

    /// Parses the options after `gerrit stream-events`.
    public static func parseSubscriptions(_ args: [String]) -> Subscriptions {
        var types: Set<String> = []
        var i = 0
        while i < args.count {
            let a = args[i]
            i += 1
            if a == "-s" || a == "--subscribe" {
                guard i < args.count else { return .failure("Option \"\(a)\" takes an operand") }
                types.insert(args[i]); i += 1
            } else if a.hasPrefix("--subscribe=") {
                types.insert(String(a.dropFirst(12)))
            } else {
                return .failure("\"\(a)\" is not a valid option")
            }
        }
        return .success(types)
    }

    /// True when the command line asks for `gerrit stream-events`.
    public static func isStreamEvents(_ commandLine: String) -> Bool {
        let words = (try? CommandLineSplitter.split(commandLine)) ?? []
        return words.count >= 2 && words[0] == "gerrit" && words[1] == "stream-events"
    }

    /// Moves the simulated clock forward (never back) without firing events.
    ///
    /// Reviews posted afterwards carry this time. Events that would have happened in the skipped
    /// interval are skipped, not burst out: the next one is due one gap after `moment` at the earliest.
    public func advanceClock(to moment: Date) {
        let t = Int(moment.timeIntervalSince1970)
        guard t > dataset.now else { return }
        dataset.now = t
        generator.skip(to: t)
    }

    /// The moment the next live event happens.
    public func nextEventDue() -> Date { generator.nextDue }

    /// Fires every event due at or before `moment`; returns them and sends them to every stream.
    @discardableResult
    public func advance(to moment: Date) -> [SimEvent] {
        var fired: [SimEvent] = []
        while generator.nextDue <= moment {
            fired.append(fireNext())
        }
        return fired
    }

    /// Fires the next event now, whatever its due time.
    @discardableResult
    public func fireNext() -> SimEvent {
        // In place: a local copy would share the changes with `dataset`, so the event's first
        // write copied all of them, once per event.
        let e = generator.next(in: &dataset)
        broadcast(e)
        return e
    }

    /// A `stream-events` session: JSON lines as events happen, paced by `clock`.
    ///
    /// Pull-driven: an event is generated only when the consumer asks for the next line and the
    /// clock says it is due, so a slow reader never makes the dataset run ahead. Events from reviews
    /// posted through `run` appear here too (within a quarter second with a real-time clock).
    /// Invalid options are ignored here; check them first with `parseSubscriptions`.
    public func eventStream(commandLine: String = "gerrit stream-events", user: String,
                            clock: any SimEventClock) -> AsyncStream<String> {
        let words = (try? CommandLineSplitter.split(commandLine)) ?? []
        var filter: Set<String> = []
        if case .success(let types) = Self.parseSubscriptions(Array(words.dropFirst(2))) { filter = types }
        let id = UUID()
        subscribers[id] = Subscriber(filter: filter)
        return AsyncStream(unfolding: { [weak self] in
            guard let self else { return nil }
            return await self.nextLine(for: id, clock: clock)
        }, onCancel: { [weak self] in
            Task { await self?.unsubscribe(id) }
        })
    }

    private func nextLine(for id: UUID, clock: any SimEventClock) async -> String? {
        while !Task.isCancelled {
            guard var sub = subscribers[id] else { return nil }
            if !sub.queue.isEmpty {
                let line = sub.queue.removeFirst()
                subscribers[id] = sub
                return line
            }
            let due = generator.nextDue
            let now = clock.currentTime
            if now >= due {
                fireNext()
                continue
            }
            do {
                try await clock.sleep(until: min(due, now.addingTimeInterval(0.25)))
            } catch {
                return nil
            }
        }
        return nil
    }

    private func unsubscribe(_ id: UUID) { subscribers[id] = nil }

    /// Events fired since the last call (reviews and live events), oldest first; clears the list.
    ///
    /// `gerrit-sim` journals them so a `stream-events` process sees reviews made by other ssh calls.
    public func drainRecentEvents() -> [SimEvent] {
        defer { recent = [] }
        return recent
    }

    private func broadcast(_ event: SimEvent) {
        if recent.count < 1_000 { recent.append(event) }
        for (id, var s) in subscribers where s.filter.isEmpty || s.filter.contains(event.type) {
            if s.queue.count < 10_000 { s.queue.append(event.line) }
            subscribers[id] = s
        }
    }

    /// Replaces the whole state (used by `gerrit-sim` when it loads a saved state file).
    public func restore(dataset: SimDataset, generator: SimEventGenerator) {
        self.dataset = dataset
        self.generator = generator
    }
}
