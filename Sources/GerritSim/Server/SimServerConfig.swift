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
    /// Votes the user may not give, by label: Gerrit's per-group label ranges (a user outside
    /// the core group may vote Code-Review -1..+1 but not ±2). Keyed by the label
    /// name in lower case.
    public var restrictedVotes: [String: Set<Int>] = [:]

    public init(oldServer: Bool = false, pageCap: Int = 500, eventRate: Double = 6, eventSeed: UInt64 = 7,
                garbageLine: Bool = false, restrictedVotes: [String: Set<Int>] = [:]) {
        self.oldServer = oldServer
        self.pageCap = pageCap
        self.eventRate = eventRate
        self.eventSeed = eventSeed
        self.garbageLine = garbageLine
        self.restrictedVotes = Dictionary(restrictedVotes.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $0.union($1) })
    }

    /// Reads `LABEL=VALUE` entries separated by commas, e.g. `Code-Review=+2,Code-Review=-2`;
    /// nil when an entry is not one.
    public static func parseRestrictedVotes(_ text: String) -> [String: Set<Int>]? {
        var votes: [String: Set<Int>] = [:]
        for entry in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            let parts = entry.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty,
                  let value = Int(parts[1].hasPrefix("+") ? String(parts[1].dropFirst()) : String(parts[1])) else {
                return nil
            }
            votes[parts[0].lowercased(), default: []].insert(value)
        }
        return votes
    }

    /// The `gerrit version` line.
    public var versionLine: String { oldServer ? "gerrit version 2.8.6" : "gerrit version 3.9.1" }
}
