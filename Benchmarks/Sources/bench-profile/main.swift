// One benchmark workload in a plain process, for profilers: `valgrind --tool=callgrind` counts
// its instructions repeatably on a busy machine, `perf record` samples it.
//
//   bench-profile decode-fast [changes] [repeat]     the fast decoder over full-<changes>.jsonl
//   bench-profile decode-codable [changes] [repeat]  the JSONDecoder path over the same bytes
//   bench-profile cache-read [repeat]                every change of the cache fixture
import BenchmarkFixtures
import Foundation
import GerritClient
import GerritModel

let arguments = CommandLine.arguments.dropFirst()
let workload = arguments.first ?? "decode-fast"
let numbers = arguments.dropFirst().compactMap { Int($0) }

func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

switch workload {
case "decode-fast", "decode-codable":
    let size = numbers.first ?? 2_000
    let repeats = numbers.dropFirst().first ?? 1
    let data = BenchmarkFixtures.data(BenchmarkFixtures.fullQueryFile(changes: size))
    let engine: GerritLineDecoder.Engine = workload == "decode-fast" ? .fast : .jsonDecoder
    for _ in 0..<repeats {
        let start = cpuSeconds()
        let result = GerritLineDecoder(source: "profile", engine: engine).queryResult(in: data)
        let seconds = cpuSeconds() - start
        print("\(result.changes.count) changes, \(data.count / 1_000_000) MB in \(Int(seconds * 1000)) ms CPU: "
              + "\(Int(Double(data.count) / 1e6 / seconds)) MB/s, \(Int(Double(result.changes.count) / seconds)) changes/s")
    }
case "cache-read":
    let repeats = numbers.first ?? 1
    for _ in 0..<repeats {
        let start = cpuSeconds()
        do {
            let cache = try GerritCache.open(directory: BenchmarkFixtures.cacheFolder)
            let changes = try cache.latestChanges(server: BenchmarkFixtures.cacheServer)
            print("\(changes.count) changes from the cache in \(Int((cpuSeconds() - start) * 1000)) ms CPU")
        } catch {
            print("\(error)")
            exit(1)
        }
    }
default:
    print("unknown workload \(workload)")
    exit(2)
}
