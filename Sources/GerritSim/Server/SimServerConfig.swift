/// How the simulated server behaves: version, paging cap, event rate, fault knobs.
public struct SimServerConfig: Sendable, Equatable {
    /// Behave like Gerrit 2.8: string numbers, `sortKey` + `resume_sortkey:` paging, no `--start`,
    /// no `moreChanges`, `gerrit version 2.8.6`.
    public var oldServer = false
    /// Most rows one query returns (Gerrit's default query limit is 500).
    public var pageCap = 500
    /// Live events per simulated minute.
    public var eventRate: Double = 6
    /// Seed for live events (the dataset has its own).
    public var eventSeed: UInt64 = 7
    /// Print a non-JSON line before query output, like a JVM warning leaking into stdout.
    public var garbageLine = false

    public init(oldServer: Bool = false, pageCap: Int = 500, eventRate: Double = 6, eventSeed: UInt64 = 7,
                garbageLine: Bool = false) {
        self.oldServer = oldServer
        self.pageCap = pageCap
        self.eventRate = eventRate
        self.eventSeed = eventSeed
        self.garbageLine = garbageLine
    }

    /// The `gerrit version` line.
    public var versionLine: String { oldServer ? "gerrit version 2.8.6" : "gerrit version 3.9.1" }
}
