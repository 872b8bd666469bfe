import Config
import Foundation
import GerritModel
import GerritRemote
import GerritSim
import Store

/// The fixed simulator data every benchmark reads, and where it lives.
///
/// `bench-fixtures` writes the files once (`make bench` runs it first); each benchmark suite
/// runs in its own process per benchmark, so reading prepared files keeps set-up short and the
/// measured work the same from run to run. Every file derives from the seeds and clock here.
public enum BenchmarkFixtures {
    /// "Now" of every dataset: 2026-03-02 12:00 UTC, as in the unit tests.
    public static let now = Date(timeIntervalSince1970: 1_772_452_800)
    /// The dataset seed (the simulator's default, so `gerrit-sim` serves the same changes).
    public static let seed: UInt64 = 42
    /// The event generator's seed.
    public static let eventSeed: UInt64 = 7
    /// Who "I" am in the store benchmarks: the simulator's own reviewer.
    public static let user = "demo"
    /// The dataset sizes the decoding benchmarks use.
    public static let decodingSizes = [2_000, 20_000]
    /// The dataset size of the report, store, rendering and memory benchmarks.
    public static let largeSize = 20_000
    /// Events generated after the large dataset's "now".
    public static let eventCount = 10_000

    /// The fixture folder: `$GERRYMANDER_BENCH_FIXTURES`, else `Benchmarks/.build/fixtures`.
    public static var directory: URL {
        if let path = ProcessInfo.processInfo.environment["GERRYMANDER_BENCH_FIXTURES"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        // This file is Benchmarks/Sources/BenchmarkFixtures/BenchmarkFixtures.swift.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/fixtures", isDirectory: true)
    }

    /// `gerrit query --format=JSON` output with every option for all `changes` changes.
    public static func fullQueryFile(changes: Int) -> URL {
        directory.appendingPathComponent("full-\(changes).jsonl")
    }

    /// The answers to the TUI's list queries over the large dataset, one file per query.
    public static var listQueriesFolder: URL {
        directory.appendingPathComponent("lists-\(largeSize)", isDirectory: true)
    }

    /// `gerrit stream-events` lines after the large dataset's "now".
    public static var eventsFile: URL {
        directory.appendingPathComponent("events-\(largeSize).jsonl")
    }

    /// A cache folder whose latest-state table holds every change of the large dataset.
    public static var cacheFolder: URL {
        directory.appendingPathComponent("cache-\(largeSize)", isDirectory: true)
    }

    /// The server name the cache fixture files its changes under.
    public static let cacheServer = "bench"

    /// The organization sections the CLI side-by-side and the report benchmarks use: every
    /// project in a group (no `[server]`, no `[cache]`).
    public static var organizationConfigFile: URL {
        directory.appendingPathComponent("organization.conf")
    }

    /// The organization sections of a typical reviewer (`BenchmarkSettings.typicalGroups`), for
    /// the TUI: its lists, the store and the rendering benchmarks.
    public static var typicalConfigFile: URL {
        directory.appendingPathComponent("organization-typical.conf")
    }

    // MARK: - Reading

    /// The bytes of a fixture file; stops with a message naming `make bench` when it is missing.
    public static func data(_ url: URL) -> Data {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("missing benchmark fixture \(url.path): run `make bench` (or `swift run -c release bench-fixtures` in Benchmarks/) first")
        }
        return data
    }

    /// Decodes a query output file the way the client does.
    public static func changes(in url: URL) -> [Change] {
        GerritLineDecoder(source: url.lastPathComponent).queryResult(in: data(url)).changes
    }

    /// Every change of the dataset of `count` changes, with every field the query can carry.
    public static func fullChanges(count: Int) -> [Change] {
        changes(in: fullQueryFile(changes: count))
    }

    /// The settings of the benchmark runs: bots, groups and teams of the simulator; with
    /// `typical`, only a typical reviewer's groups.
    public static func settings(typical: Bool = false) -> Settings {
        let url = typical ? typicalConfigFile : organizationConfigFile
        let text = String(decoding: data(url), as: UTF8.self)
        do {
            return try Settings.parse(text, location: ConfigLocation(file: url.path, displayFile: url.lastPathComponent, line: 0),
                                      home: NSTemporaryDirectory())
        } catch {
            fatalError("\(error)")
        }
    }

    /// The TUI's state with every list of a typical config loaded from the large dataset, live.
    public static func loadedState(width: Int, height: Int) -> AppState {
        var state = AppState(settings: settings(typical: true), serverName: "bench", user: user, now: now,
                             size: TerminalSize(width: width, height: height))
        _ = reduce(&state, .resized(width: width, height: height))
        _ = reduce(&state, .launched(at: now))
        _ = reduce(&state, .eventFeed(.state(.live), at: now))
        for (id, url) in listQueryFiles() {
            _ = reduce(&state, .queryFinished(id, changes(in: url), at: now))
        }
        return state
    }

    /// The list query files and the query each answers.
    public static func listQueryFiles() -> [(QueryID, URL)] {
        let manifest = listQueriesFolder.appendingPathComponent("queries.tsv")
        let text = String(decoding: data(manifest), as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2 else { return nil }
            return (QueryID(String(fields[1])), listQueriesFolder.appendingPathComponent(String(fields[0])))
        }
    }

    /// The stream events, decoded.
    public static func events() -> [StreamEvent] {
        let decoder = GerritLineDecoder(source: eventsFile.lastPathComponent)
        return decoder.events(in: data(eventsFile)).compactMap { try? $0.get() }
    }
}
