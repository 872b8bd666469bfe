// Memory with 20,000 changes loaded, each benchmark in a fresh process (package-benchmark runs
// every benchmark on its own), so the peak resident size is what that one job needs.
import Benchmark
import BenchmarkFixtures
import Foundation
import GerritClient
import GerritModel
import Store

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.peakMemoryResident, .mallocBytesCount, .mallocCountTotal, .wallClock],
        timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(60), maxIterations: 3)
    let size = BenchmarkFixtures.largeSize

    Benchmark("\(size) full changes decoded from query JSON and kept") { _ in
        let changes = BenchmarkFixtures.fullChanges(count: size)
        blackHole(changes)
    }

    Benchmark("\(size) full changes read from the cache and kept") { benchmark in
        do {
            let cache = try GerritCache.open(directory: BenchmarkFixtures.cacheFolder)
            let changes = try cache.latestChanges(server: BenchmarkFixtures.cacheServer)
            if changes.count != size { benchmark.error("read \(changes.count) changes, expected \(size)") }
            blackHole(changes)
        } catch {
            benchmark.error("\(error)")
        }
    }

    Benchmark("TUI state with the lists of \(size) changes") { _ in
        blackHole(BenchmarkFixtures.loadedState(width: 200, height: 60))
    }
}
