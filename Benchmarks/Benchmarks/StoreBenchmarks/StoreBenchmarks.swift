// The store under a live event stream: every event is reduced into the state of the TUI with
// the lists of the 20,000-change dataset loaded, and the todo categories of the change it
// touches are worked out again (the reducer keeps the lists classified as events arrive).
import Benchmark
import BenchmarkFixtures
import Foundation
import GerritModel
import GerritRemote
import Store

let eventsPerSecond = BenchmarkMetric.custom("events/s", polarity: .prefersLarger, useScalingFactor: false)

/// The loaded state and the events to reduce into it.
struct StoreInput: @unchecked Sendable {
    // @unchecked: set up once, then only read by the benchmark's own thread.
    var state: AppState
    var events: [StreamEvent]
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, eventsPerSecond],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(15), maxIterations: 20)

    Benchmark("reduce \(BenchmarkFixtures.eventCount) stream events, lists of \(BenchmarkFixtures.largeSize) changes") { (benchmark: Benchmark, input: StoreInput) in
        var state = input.state
        // Copying the state's storage happens on the first write; keep it out of the timing.
        state.now = BenchmarkFixtures.now
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        for event in input.events {
            blackHole(reduce(&state, .eventFeed(.event(event), at: event.createdOn ?? BenchmarkFixtures.now)))
        }
        let elapsed = ContinuousClock.now - start
        benchmark.stopMeasurement()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        benchmark.measurement(eventsPerSecond, Int(Double(input.events.count) / seconds))
        blackHole(state)
    } setup: {
        StoreInput(state: BenchmarkFixtures.loadedState(width: 200, height: 60), events: BenchmarkFixtures.events())
    }

    Benchmark("load the lists of \(BenchmarkFixtures.largeSize) changes into the store") { (benchmark: Benchmark, lists: [(QueryID, [Change])]) in
        var state = AppState(settings: BenchmarkFixtures.settings(typical: true), serverName: "bench", user: BenchmarkFixtures.user,
                             now: BenchmarkFixtures.now)
        _ = reduce(&state, .launched(at: BenchmarkFixtures.now))
        for (id, changes) in lists {
            blackHole(reduce(&state, .queryFinished(id, changes, at: BenchmarkFixtures.now)))
        }
        blackHole(state)
    } setup: {
        BenchmarkFixtures.listQueryFiles().map { ($0.0, BenchmarkFixtures.changes(in: $0.1)) }
    }
}
