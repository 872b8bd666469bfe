import Foundation
import GerritSim

/// The settings `gerrit-sim` reads from its environment.
///
/// - `SSH_ORIGINAL_COMMAND`: the command (fallback: argv words).
/// - `GERRIT_SIM_USER`, else `USER`, else `LOGNAME`: the Gerrit user (default `demo`).
/// - `GERRIT_SIM_SEED` (42), `GERRIT_SIM_CHANGES` (320), `GERRIT_SIM_NOW` epoch seconds
///   (default: the current time rounded down to the hour, so calls within an hour agree; with a
///   state file and no GERRIT_SIM_NOW the saved clock then follows the wall clock).
/// - `GERRIT_SIM_PAGE_CAP` (500), `GERRIT_SIM_OLD_SERVER=1`, `GERRIT_SIM_EVENT_RATE` per minute (6),
///   `GERRIT_SIM_EVENT_SEED` (7), `GERRIT_SIM_STATE` a JSON state file so reviews persist,
///   `GERRIT_SIM_EVENTS_LIMIT=N` (stream-events exits 0 after N events),
///   `GERRIT_SIM_DROP_AFTER=N` (stream-events cuts the line after N events and exits 255),
///   `GERRIT_SIM_GARBAGE=1` (a non-JSON line before query output), `GERRIT_SIM_DELAY_MS`,
///   `GERRIT_SIM_REVIEW_DELAY_MS` (only `gerrit review` waits),
///   `GERRIT_SIM_RESTRICTED=Code-Review=+2,...` (votes the user may not give, refused as Gerrit does),
///   `GERRIT_SIM_LOG` a file where every command line and its stdin are appended, one JSON
///   object per line, so a test can see byte for byte what reached the server.
///   `GERRIT_SIM_QUERY_DROP_AFTER=N` (the connection is cut once N rows of a query's answer went
///   out, counting from row 0 of the whole answer, so a later page can be the one cut),
///   `GERRIT_SIM_EVENT_BURST=N` (stream-events first sends N events at once, as a server
///   flushing a backlog would; after `GERRIT_SIM_EVENT_BURST_DELAY_MS`, and saved to the state
///   file when there is one).
struct GerritSimEnvironment {
    var originalCommand: String?
    var arguments: [String]
    var user: String
    var seed: UInt64
    var changeCount: Int
    var now: Date
    var config: SimServerConfig
    var stateURL: URL?
    var eventsLimit: Int?
    var dropAfter: Int?
    var delayMilliseconds: Int
    var reviewDelayMilliseconds: Int
    var commandLogURL: URL?
    /// A knob that could not be read, said before anything runs.
    var problem: String?
    var queryDropAfter: Int?
    var eventBurst: Int
    var eventBurstDelayMilliseconds: Int
    /// Without GERRIT_SIM_NOW, a saved world's clock catches up with the wall clock on every call.
    var clockFollowsWallTime: Bool

    init(environment env: [String: String], arguments: [String]) {
        originalCommand = env["SSH_ORIGINAL_COMMAND"]
        clockFollowsWallTime = env["GERRIT_SIM_NOW"] == nil
        self.arguments = arguments
        user = env["GERRIT_SIM_USER"] ?? env["USER"] ?? env["LOGNAME"] ?? "demo"
        seed = env["GERRIT_SIM_SEED"].flatMap { UInt64($0) } ?? 42
        changeCount = env["GERRIT_SIM_CHANGES"].flatMap { Int($0) } ?? 320
        if let s = env["GERRIT_SIM_NOW"].flatMap({ Double($0) }) {
            now = Date(timeIntervalSince1970: s)
        } else {
            let t = Date().timeIntervalSince1970
            now = Date(timeIntervalSince1970: t - t.truncatingRemainder(dividingBy: 3600))
        }
        config = SimServerConfig(
            oldServer: env["GERRIT_SIM_OLD_SERVER"] == "1",
            pageCap: env["GERRIT_SIM_PAGE_CAP"].flatMap { Int($0) } ?? 500,
            eventRate: env["GERRIT_SIM_EVENT_RATE"].flatMap { Double($0) } ?? 6,
            eventSeed: env["GERRIT_SIM_EVENT_SEED"].flatMap { UInt64($0) } ?? 7,
            garbageLine: env["GERRIT_SIM_GARBAGE"] == "1")
        if let text = env["GERRIT_SIM_RESTRICTED"] {
            if let votes = SimServerConfig.parseRestrictedVotes(text) {
                config.restrictedVotes = votes
            } else {
                problem = "GERRIT_SIM_RESTRICTED: \"\(text)\" is not a list of LABEL=VALUE"
            }
        }
        stateURL = env["GERRIT_SIM_STATE"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
        eventsLimit = env["GERRIT_SIM_EVENTS_LIMIT"].flatMap { Int($0) }
        dropAfter = env["GERRIT_SIM_DROP_AFTER"].flatMap { Int($0) }
        delayMilliseconds = env["GERRIT_SIM_DELAY_MS"].flatMap { Int($0) } ?? 0
        reviewDelayMilliseconds = env["GERRIT_SIM_REVIEW_DELAY_MS"].flatMap { Int($0) } ?? 0
        commandLogURL = env["GERRIT_SIM_LOG"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
        queryDropAfter = env["GERRIT_SIM_QUERY_DROP_AFTER"].flatMap { Int($0) }
        eventBurst = env["GERRIT_SIM_EVENT_BURST"].flatMap { Int($0) } ?? 0
        eventBurstDelayMilliseconds = env["GERRIT_SIM_EVENT_BURST_DELAY_MS"].flatMap { Int($0) } ?? 0
    }

    /// The command as it arrived: `SSH_ORIGINAL_COMMAND`, else the arguments.
    var commandLine: String { originalCommand ?? arguments.joined(separator: " ") }

    /// Where commands are logged (`GERRIT_SIM_LOG`), if anywhere.
    var commandLog: CommandLog? { commandLogURL.map(CommandLog.init(url:)) }

    /// The command split into words, as Gerrit's SSH daemon would split it.
    func commandWords() throws -> [String] {
        if let line = originalCommand { return try CommandLineSplitter.split(line) }
        if arguments.count == 1 { return try CommandLineSplitter.split(arguments[0]) }
        return arguments
    }
}
