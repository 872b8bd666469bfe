// Decoding Gerrit query JSON: the full change records a server sends with every option.
//
// Each benchmark reports MB/s and changes/s per second of the decoding thread's CPU (the machine
// is shared, so wall time says more about the neighbours), and "plain copy" gives the floor
// every decoder is compared with: copying the same bytes once.
import Benchmark
import BenchmarkFixtures
import Foundation
import GerritModel

let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
let changesPerSecond = BenchmarkMetric.custom("changes/s", polarity: .prefersLarger, useScalingFactor: false)

/// CPU time of this thread: throughput on one core, whatever else the machine is running.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `body` over `bytes` and records the two throughputs, per second of this thread's CPU.
func measureThroughput(_ benchmark: Benchmark, bytes: Int, changes: Int, _ body: () -> Int) {
    let start = threadCPUSeconds()
    let decoded = body()
    let seconds = max(threadCPUSeconds() - start, 1e-9)
    if decoded != changes { benchmark.error("decoded \(decoded) changes, expected \(changes)") }
    benchmark.measurement(megabytesPerSecond, Int(Double(bytes) / 1e6 / seconds))
    benchmark.measurement(changesPerSecond, Int(Double(changes) / seconds))
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, megabytesPerSecond, changesPerSecond],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 25)

    for size in BenchmarkFixtures.decodingSizes {
        let iterations = size > 10_000 ? 5 : 25
        let configuration = Benchmark.Configuration(warmupIterations: size > 10_000 ? 0 : 1, maxIterations: iterations)

        Benchmark("plain copy of \(size) full changes", configuration: configuration) { (benchmark: Benchmark, data: Data) in
            measureThroughput(benchmark, bytes: data.count, changes: size) {
                // The floor: one pass over the bytes, as any decoder must make.
                let copy = [UInt8](data)
                blackHole(copy)
                return size
            }
        } setup: {
            BenchmarkFixtures.data(BenchmarkFixtures.fullQueryFile(changes: size))
        }

        Benchmark("JSONDecoder path, \(size) full changes", configuration: configuration) { (benchmark: Benchmark, data: Data) in
            measureThroughput(benchmark, bytes: data.count, changes: size) {
                let result = GerritLineDecoder(source: "bench", engine: .jsonDecoder).queryResult(in: data)
                blackHole(result)
                return result.changes.count
            }
        } setup: {
            BenchmarkFixtures.data(BenchmarkFixtures.fullQueryFile(changes: size))
        }

        Benchmark("fast decoder, \(size) full changes", configuration: configuration) { (benchmark: Benchmark, data: Data) in
            measureThroughput(benchmark, bytes: data.count, changes: size) {
                let result = GerritLineDecoder(source: "bench").queryResult(in: data)
                blackHole(result)
                return result.changes.count
            }
        } setup: {
            BenchmarkFixtures.data(BenchmarkFixtures.fullQueryFile(changes: size))
        }
    }
}
