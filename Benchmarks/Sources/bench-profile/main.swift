// One benchmark workload in a plain process, for profilers: `valgrind --tool=callgrind` counts
// its instructions repeatably on a busy machine, `perf record` samples it.
//
//   bench-profile decode-fast [changes] [repeat]     the fast decoder over full-<changes>.jsonl
//   bench-profile decode-codable [changes] [repeat]  the JSONDecoder path over the same bytes
//   bench-profile cache-read [repeat]                every change of the cache fixture
//   bench-profile store-events [count]               stream events reduced into the loaded TUI state
//   bench-profile frame [repeat]                     TriageModel + RootView at 200x60, loaded state
//   bench-profile comments [changes]                 comment threads and their report, per change
import BenchmarkFixtures
import Foundation
import GerritClient
import GerritModel
import Output
import Reports
import Store
import TUI

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
case "store-events":
    let count = numbers.first ?? 1_000
    var state = BenchmarkFixtures.loadedState(width: 200, height: 60)
    let events = Array(BenchmarkFixtures.events().prefix(count))
    let start = cpuSeconds()
    for event in events {
        _ = reduce(&state, .eventFeed(.event(event), at: event.createdOn ?? BenchmarkFixtures.now))
    }
    let seconds = cpuSeconds() - start
    print("\(events.count) events in \(Int(seconds * 1000)) ms CPU: \(Int(Double(events.count) / seconds)) events/s")
case "frame":
    let repeats = numbers.first ?? 20
    let state = BenchmarkFixtures.loadedState(width: 200, height: 60)
    let start = cpuSeconds()
    for _ in 0..<repeats {
        let model = TriageModel(state: state, timeZone: TimeZone(identifier: "UTC") ?? .current)
        _ = RootView.render(model, palette: .builtIn, keymap: Keymap(), size: Size(width: 200, height: 60))
    }
    print("\(repeats) frames in \(Int((cpuSeconds() - start) * 1000)) ms CPU")
case "comments":
    let count = numbers.first ?? 200
    let changes = Array(BenchmarkFixtures.fullChanges(count: 2_000).prefix(count))
    let options = CommentThreads.Options(bots: BotMatcher(settings: BenchmarkFixtures.settings()))
    let start = cpuSeconds()
    var bytes = 0
    for change in changes {
        bytes += render(CommentThreads(change: change, options: options).report,
                        context: RenderContext(now: BenchmarkFixtures.now)).utf8.count
    }
    print("\(changes.count) changes' comments (\(bytes) bytes) in \(Int((cpuSeconds() - start) * 1000)) ms CPU")
default:
    print("unknown workload \(workload)")
    exit(2)
}
