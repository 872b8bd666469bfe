import Foundation
import GerritClient
import GerritModel
import GerritRemote
import GerritSim
import Store

/// Writes the fixture files `BenchmarkFixtures` reads, skipping those already there.
public struct FixtureWriter {
    public var directory: URL
    /// Progress lines go here.
    public var log: (String) -> Void

    public init(directory: URL = BenchmarkFixtures.directory, log: @escaping (String) -> Void) {
        self.directory = directory
        self.log = log
    }

    /// Every option `gerrit query` has: the heaviest rows a real server sends.
    static let everything = SimQueryOptions.everything

    public func writeAll() async throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // The large dataset is generated at most once, and only when a file made from it is missing.
        var large: SimDataset?
        func largeDataset() -> SimDataset {
            if let large { return large }
            let dataset = generate(BenchmarkFixtures.largeSize)
            large = dataset
            return dataset
        }
        for size in BenchmarkFixtures.decodingSizes {
            let url = BenchmarkFixtures.fullQueryFile(changes: size)
            if exists(url) { continue }
            try writeFullQuery(size == BenchmarkFixtures.largeSize ? largeDataset() : generate(size), to: url)
        }
        if !exists(BenchmarkFixtures.organizationConfigFile) {
            try write(BenchmarkSettings.organizationSections(for: largeDataset()), to: BenchmarkFixtures.organizationConfigFile)
        }
        if !exists(BenchmarkFixtures.typicalConfigFile) {
            try write(BenchmarkSettings.organizationSections(for: largeDataset(), groups: BenchmarkSettings.typicalGroups),
                      to: BenchmarkFixtures.typicalConfigFile)
        }
        if !exists(BenchmarkFixtures.listQueriesFolder.appendingPathComponent("queries.tsv")) {
            try await writeListQueries(largeDataset())
        }
        if !exists(BenchmarkFixtures.eventsFile) {
            try writeEvents(largeDataset())
        }
        if !exists(BenchmarkFixtures.cacheFolder.appendingPathComponent(GerritCache.fileName)) || cacheFixtureIsStale() {
            log("filling the cache fixture")
            let cache = try GerritCache.open(directory: BenchmarkFixtures.cacheFolder)
            try cache.upsertLatest(BenchmarkFixtures.fullChanges(count: BenchmarkFixtures.largeSize),
                                   server: BenchmarkFixtures.cacheServer)
        }
    }

    private func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    /// A cache fixture written in an older payload format reads back empty (the cache drops such
    /// payloads when it next writes): fill it again rather than measure an empty cache.
    private func cacheFixtureIsStale() -> Bool {
        guard let cache = try? GerritCache.open(directory: BenchmarkFixtures.cacheFolder),
              let latest = try? cache.latestChanges(server: BenchmarkFixtures.cacheServer) else { return true }
        return latest.isEmpty
    }

    private func generate(_ size: Int) -> SimDataset {
        log("generating the \(size)-change dataset")
        return SimDataset.generate(seed: BenchmarkFixtures.seed, changeCount: size, now: BenchmarkFixtures.now)
    }

    private func writeFullQuery(_ dataset: SimDataset, to url: URL) throws {
        log("writing \(url.lastPathComponent)")
        let renderer = SimJSONRenderer(dataset: dataset)
        var out = ""
        out.reserveCapacity(dataset.changes.count * 16_000)
        // Newest first, as Gerrit answers.
        for change in dataset.changes.reversed() {
            out += renderer.change(change, options: Self.everything).serialized()
            out += "\n"
        }
        out += #"{"type":"stats","rowCount":\#(dataset.changes.count),"runTimeMilliseconds":1,"moreChanges":false}"#
        out += "\n"
        try write(out, to: url)
    }

    /// The TUI's own list queries, answered by the simulator as over SSH (`--no-limit`).
    private func writeListQueries(_ dataset: SimDataset) async throws {
        log("answering the TUI's list queries over \(dataset.changes.count) changes")
        let folder = BenchmarkFixtures.listQueriesFolder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let server = GerritSimServer(dataset: dataset)
        var state = AppState(settings: BenchmarkFixtures.settings(typical: true), serverName: "bench", user: BenchmarkFixtures.user,
                             now: BenchmarkFixtures.now)
        var manifest = ""
        for effect in reduce(&state, .launched(at: BenchmarkFixtures.now)) {
            guard case .query(let id, let query, let options) = effect else { continue }
            let command = RemoteCommand(["gerrit", "query", "--format=JSON", "--no-limit"] + options.flags + [query.rendered])
            let result = await server.run(commandLine: command.quoted, user: BenchmarkFixtures.user)
            guard result.exitStatus == 0 else { throw FixtureError("\(command): \(result.stderr)") }
            let name = "query-\(manifest.split(separator: "\n").count).jsonl"
            try write(result.stdout.joined(separator: "\n") + "\n", to: folder.appendingPathComponent(name))
            manifest += "\(name)\t\(id.rawValue)\n"
            log("  \(name): \(result.stdout.count - 1) changes for \(id.rawValue)")
        }
        try write(manifest, to: folder.appendingPathComponent("queries.tsv"))
    }

    private func writeEvents(_ dataset: SimDataset) throws {
        log("generating \(BenchmarkFixtures.eventCount) events")
        var world = dataset
        // 1,000 a second: the rate the key-to-frame target is set for.
        var generator = SimEventGenerator(seed: BenchmarkFixtures.eventSeed, ratePerMinute: 60_000, startingAt: world.now)
        var out = ""
        for _ in 0..<BenchmarkFixtures.eventCount {
            out += generator.next(in: &world).line + "\n"
        }
        try write(out, to: BenchmarkFixtures.eventsFile)
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}

/// A fixture could not be made.
struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
