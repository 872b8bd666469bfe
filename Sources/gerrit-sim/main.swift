// gerrit-sim: a simulated Gerrit SSH command, meant to be an sshd `ForceCommand`.
//
// The command comes from SSH_ORIGINAL_COMMAND (fallback: argv). See GerritSimEnvironment for
// the GERRIT_SIM_* knobs.
import Foundation
import GerritSim
#if canImport(Glibc)
import Glibc
#endif

// FileHandle writes go straight to the descriptor: each line leaves the process at once.
func writeOut(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func writeErr(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}

let settings = GerritSimEnvironment(environment: ProcessInfo.processInfo.environment,
                                    arguments: Array(CommandLine.arguments.dropFirst()))

if let problem = settings.problem {
    writeErr("fatal: \(problem)\n")
    exit(1)
}

if settings.delayMilliseconds > 0 {
    usleep(UInt32(min(settings.delayMilliseconds, 60_000)) * 1000)
}

/// Serialises read-modify-write of the state file between concurrent ssh calls.
struct StateLock {
    let fd: Int32

    /// Takes the lock; `shared` for commands that only read the world (saves replace the file
    /// atomically, so readers never see half of one), exclusive for those that change it.
    init?(stateURL: URL?, shared: Bool = false) {
        guard let url = stateURL else { return nil }
        let fd = open(url.path + ".lock", O_CREAT | O_RDWR, 0o644)
        guard fd >= 0 else { return nil }
        flock(fd, shared ? LOCK_SH : LOCK_EX)
        self.fd = fd
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

func loadState() -> SimStateFile {
    if let url = settings.stateURL, FileManager.default.fileExists(atPath: url.path) {
        do {
            var state = try SimStateFile.load(from: url)
            // The rate is a knob of this process, not part of the saved world.
            state.generator.ratePerMinute = max(settings.config.eventRate, 0.001)
            if state.generator.nextDueSeconds > Double(state.dataset.now) + 60 / state.generator.ratePerMinute * 5 {
                state.generator.nextDueSeconds = Double(state.dataset.now) + 60 / state.generator.ratePerMinute
            }
            if settings.clockFollowsWallTime {
                let t = Int(Date().timeIntervalSince1970)
                if t > state.dataset.now {
                    state.dataset.now = t
                    state.generator.skip(to: t)
                }
            }
            return state
        } catch {
            writeErr("fatal: \(error)\n")
            exit(1)
        }
    }
    let dataset = SimDataset.generate(seed: settings.seed, changeCount: settings.changeCount, now: settings.now)
    let generator = SimEventGenerator(seed: settings.config.eventSeed, ratePerMinute: settings.config.eventRate,
                                      startingAt: dataset.now, oldServer: settings.config.oldServer)
    return SimStateFile(dataset: dataset, generator: generator)
}

/// The row of the whole answer a query page starts at (`--start N`), for GERRIT_SIM_QUERY_DROP_AFTER.
func queryStartRow(_ words: [String]) -> Int {
    guard words.count > 1, words[1] == "query" else { return 0 }
    for (index, word) in words.enumerated() {
        if word == "--start" || word == "-S", index + 1 < words.count { return Int(words[index + 1]) ?? 0 }
        if word.hasPrefix("--start=") { return Int(word.dropFirst(8)) ?? 0 }
    }
    return 0
}

/// Cuts the SSH connection mid-answer, as a server that crashes or loses its network would: the
/// session's sshd process (this process's parent under a ForceCommand) is killed, so the client
/// gets neither an exit status nor a channel close. Outside sshd the process just dies.
func cutConnection() -> Never {
    let parent = getppid()
    let comm = (try? String(contentsOfFile: "/proc/\(parent)/comm", encoding: .utf8)) ?? ""
    if ProcessInfo.processInfo.environment["SSH_CONNECTION"] != nil, comm.hasPrefix("sshd") {
        kill(parent, SIGKILL)
    }
    kill(getpid(), SIGKILL)
    exit(255)
}

/// The state file's identity, size and modification time: changes when anyone saves it.
func stateStamp() -> String? {
    guard let path = settings.stateURL?.path else { return nil }
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return "\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec):\(info.st_mtim.tv_nsec)"
}

func save(_ state: SimStateFile) {
    guard let url = settings.stateURL else { return }
    do { try state.save(to: url) } catch { writeErr("error: \(error)\n") }
}

let words: [String]
do {
    words = try settings.commandWords()
} catch {
    writeErr("fatal: \(error)\n")
    exit(1)
}

if words.count >= 2 && words[0] == "gerrit" && words[1] == "stream-events" {
    var filter: Set<String> = []
    switch GerritSimServer.parseSubscriptions(Array(words.dropFirst(2))) {
    case .failure(let message):
        writeErr("fatal: \(message)\n")
        exit(1)
    case .success(let types):
        filter = types
    }
    settings.commandLog?.record(user: settings.user, command: settings.commandLine, stdin: Data())
    var lock = StateLock(stateURL: settings.stateURL)
    var state = loadState()
    var seen = state.lastSeq
    lock?.release()
    let simulatedStart = Date(timeIntervalSince1970: TimeInterval(state.dataset.now))
    let wallStart = Date()
    var emitted = 0
    if settings.eventBurst > 0 {
        // A backlog flushed at once: the events happen within a few simulated seconds, are
        // saved (so later queries see what they did), and leave in one write, as fast as the
        // connection takes them.
        if settings.eventBurstDelayMilliseconds > 0 { usleep(UInt32(min(settings.eventBurstDelayMilliseconds, 60_000)) * 1000) }
        let burstLock = StateLock(stateURL: settings.stateURL)
        if settings.stateURL != nil { state = loadState() }
        let rate = state.generator.ratePerMinute
        state.generator.ratePerMinute = 60_000
        var events: [SimEvent] = []
        while events.count < settings.eventBurst {
            events.append(state.generator.next(in: &state.dataset))
        }
        state.generator.ratePerMinute = rate
        state.generator.skip(to: state.dataset.now)
        state.record(events)
        save(state)
        seen = state.lastSeq
        burstLock?.release()
        let lines = events.filter { filter.isEmpty || filter.contains($0.type) }.map(\.line)
        FileHandle.standardOutput.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    }
    func emit(_ type: String, _ line: String) {
        guard filter.isEmpty || filter.contains(type) else { return }
        if let drop = settings.dropAfter, emitted >= drop {
            // A connection cut mid-line: half a JSON object, no newline.
            FileHandle.standardOutput.write(Data(String(line.prefix(max(1, line.count / 2))).utf8))
            exit(255)
        }
        writeOut(line)
        emitted += 1
        if let limit = settings.eventsLimit, emitted >= limit { exit(0) }
    }
    // Reloaded only when another process changed it: a big world takes a second to read, and
    // reading it four times a second under the lock starved every other command.
    var loadedStamp = stateStamp()
    while !stdoutReaderGone() {
        let wallNow = Date()
        let simulatedNow = simulatedStart.addingTimeInterval(wallNow.timeIntervalSince(wallStart))
        lock = StateLock(stateURL: settings.stateURL)
        if settings.stateURL != nil {
            let stamp = stateStamp()
            if stamp == nil || stamp != loadedStamp {
                state = loadState()
                loadedStamp = stamp
            }
        }
        var fired = false
        if state.generator.nextDue <= simulatedNow {
            let event = state.generator.next(in: &state.dataset)
            state.record([event])
            fired = true
        }
        if fired {
            save(state)
            loadedStamp = stateStamp()
        }
        lock?.release()
        for entry in state.journal where entry.seq > seen {
            emit(entry.type, entry.line)
            seen = entry.seq
        }
        let wait = min(0.25, max(0.001, state.generator.nextDue.timeIntervalSince(simulatedNow)))
        if !fired { usleep(UInt32(wait * 1_000_000)) }
    }
    exit(0)
}

let lock = StateLock(stateURL: settings.stateURL, shared: words.count < 2 || words[1] != "review")
let state = loadState()
let server = GerritSimServer(dataset: state.dataset, config: settings.config, generator: state.generator)
// Only `review --json` reads stdin: an ssh session without -n would otherwise hang here.
let wantsStdin = words.count >= 2 && words[1] == "review" && (words.contains("--json") || words.contains("-j"))
let input = wantsStdin ? FileHandle.standardInput.readDataToEndOfFile() : Data()
settings.commandLog?.record(user: settings.user, command: settings.commandLine, stdin: input)
if words.count >= 2 && words[1] == "review" && settings.reviewDelayMilliseconds > 0 {
    usleep(UInt32(min(settings.reviewDelayMilliseconds, 60_000)) * 1000)
}
let result = await server.run(words: words, user: settings.user, stdin: input)
let events = await server.drainRecentEvents()
if !events.isEmpty {
    var newState = state
    newState.dataset = await server.dataset
    newState.record(events)
    save(newState)
}
lock?.release()
var rowsOut = queryStartRow(words)
let dropAfter = words.count > 1 && words[1] == "query" ? settings.queryDropAfter : nil
for line in result.stdout {
    if let drop = dropAfter, rowsOut >= drop, !line.hasPrefix("{\"type\"") {
        cutConnection()
    }
    writeOut(line)
    rowsOut += 1
}
if !result.stderr.isEmpty { writeErr(result.stderr) }
exit(result.exitStatus)
