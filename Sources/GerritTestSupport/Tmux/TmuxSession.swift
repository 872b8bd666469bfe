import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tmux command failed, or tmux is missing where it is required.
public struct TmuxError: Error, CustomStringConvertible {
    /// What failed, with tmux's own message, for the test log.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// A real terminal for end-to-end TUI tests: a detached tmux session running one command.
///
/// Each session has its own tmux server (a unique `-L` socket and no user config), so tests
/// running in parallel never see each other. The pane runs with `LANG=C.UTF-8` and
/// `TERM=tmux-256color` and stays open after the command exits, so its last screen can still
/// be captured. The server is killed by `kill()` or when the session is released.
///
/// Where tmux may be missing, guard tests with
/// `@Test(.enabled(if: TmuxSession.shouldRun, "tmux is not installed"))`: they then run
/// wherever tmux is installed, and always on CI (env `CI` set), where a missing tmux fails.
public final class TmuxSession {
    /// The socket name (`tmux -L`) of this session's private server.
    public let socketName: String
    /// The session (and target) name inside that server.
    public let sessionName = "test"
    private let tmuxPath: String
    private let configURL: URL
    /// Where a wrapper shell writes the command's exit status (tmux 3.3a sometimes marks a pane
    /// dead on the pty's EOF and then never records `pane_dead_status`).
    private let statusURL: URL
    private var isAlive = true

    /// Where tmux is, from `PATH`; nil when it is not installed.
    public static var executablePath: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether tmux tests should run: tmux is installed, or this is CI (where a missing tmux
    /// must fail the test rather than hide it).
    public static var shouldRun: Bool {
        executablePath != nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// Starts a detached session running `command` (an argument vector, not a shell string).
    ///
    /// - Parameters:
    ///   - command: The program and its arguments, e.g. `["bash", "-c", "printf hi; sleep 5"]`.
    ///   - width: Terminal columns.
    ///   - height: Terminal rows.
    ///   - environment: Extra variables for the command.
    /// - Throws: `TmuxError` when tmux is missing or will not start.
    public init(command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard let tmuxPath = Self.executablePath else {
            throw TmuxError("tmux is not installed (needed for terminal tests); install it, e.g. apt-get install tmux")
        }
        self.tmuxPath = tmuxPath
        self.socketName = "gm-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        configURL = FileManager.default.temporaryDirectory.appendingPathComponent("\(socketName).conf")
        statusURL = FileManager.default.temporaryDirectory.appendingPathComponent("\(socketName).status")
        let config = """
            set -g remain-on-exit on
            set -g default-terminal tmux-256color
            set -g status off
            """
        do {
            try config.write(to: configURL, atomically: true, encoding: .utf8)
        } catch {
            throw TmuxError("Could not write the tmux config \(configURL.path): \(error.localizedDescription)")
        }
        let variables = ["LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TERM=tmux-256color"]
            + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        do {
            _ = try run(["-f", configURL.path, "new-session", "-d", "-s", sessionName,
                         "-x", String(width), "-y", String(height), "env"] + variables
                        + ["sh", "-c", Self.statusWrapper, "sh", statusURL.path] + command)
        } catch {
            try? FileManager.default.removeItem(at: configURL)
            isAlive = false
            throw error
        }
    }

    deinit {
        kill()
    }

    /// Sends keys by tmux name (`"j"`, `"Enter"`, `"C-c"`, `"Up"`, `"F5"`, `"M-x"`).
    public func sendKeys(_ keys: String...) throws {
        _ = try run(["send-keys", "-t", sessionName] + keys)
    }

    /// Types text literally (no key-name lookup), e.g. `"日本"`.
    public func sendText(_ text: String) throws {
        _ = try run(["send-keys", "-t", sessionName, "-l", text])
    }

    /// The visible screen, one string per row (as `capture-pane -p` prints it).
    public func capture() throws -> [String] {
        try lines(run(["capture-pane", "-p", "-t", sessionName]))
    }

    /// The visible screen with SGR escape sequences, to check colours and attributes.
    public func captureWithEscapes() throws -> [String] {
        try lines(run(["capture-pane", "-p", "-e", "-t", sessionName]))
    }

    /// Waits until `text` is on the screen and returns the screen.
    ///
    /// - Throws: `TmuxError` with the last screen when `timeout` passes first.
    @discardableResult
    public func waitForText(_ text: String, timeout: Duration = .seconds(10)) throws -> [String] {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var screen: [String] = []
        while true {
            screen = try capture()
            if screen.contains(where: { $0.contains(text) }) { return screen }
            if clock.now >= deadline { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError("\"\(text)\" did not appear within \(timeout). The screen was:\n"
            + screen.map { "  |\($0)|" }.joined(separator: "\n"))
    }

    /// Resizes the terminal (the command gets SIGWINCH).
    public func resize(width: Int, height: Int) throws {
        _ = try run(["resize-window", "-t", sessionName, "-x", String(width), "-y", String(height)])
    }

    /// The pane's current size.
    public func paneSize() throws -> (width: Int, height: Int) {
        let output = try run(["display-message", "-p", "-t", sessionName, "#{pane_width} #{pane_height}"])
        let numbers = output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard numbers.count == 2 else { throw TmuxError("Unexpected pane size from tmux: \(output)") }
        return (numbers[0], numbers[1])
    }

    /// Whether the command in the pane has exited.
    public func commandHasExited() throws -> Bool {
        try run(["display-message", "-p", "-t", sessionName, "#{pane_dead}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// The exit status of the command, once it has exited.
    ///
    /// Read from the file the wrapper shell writes, not from tmux's `pane_dead_status`, which
    /// tmux 3.3a loses now and then.
    public func exitStatus() throws -> Int? {
        guard let text = try? String(contentsOf: statusURL, encoding: .utf8) else { return nil }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Runs the command (`"$@"` after the status path) and writes its exit status to that path.
    ///
    /// Not `exec`: the shell must outlive the command to write the file; it adds no job control,
    /// so Ctrl-Z and Ctrl-C still reach the command through the pane's process group.
    static let statusWrapper = #"f=$1; shift; "$@"; s=$?; printf '%s' "$s" > "$f"; exit "$s""#

    /// Stops the session's tmux server and the command in it. Safe to call twice.
    public func kill() {
        guard isAlive else { return }
        isAlive = false
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: configURL)
        try? FileManager.default.removeItem(at: statusURL)
    }

    // MARK: - Running tmux

    private func lines(_ output: String) -> [String] {
        var rows = output.components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// Runs one tmux client command against this session's server and returns its stdout.
    ///
    /// Uses posix_spawn and waitpid rather than Foundation's Process, whose waitUntilExit can
    /// hang on Linux when called from test threads. Output goes to files, not pipes: the tmux
    /// server that `new-session` forks keeps the client's stdout and stderr open, so reading a
    /// pipe to its end would wait for ever.
    private func run(_ arguments: [String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory
        let outURL = folder.appendingPathComponent("\(socketName)-\(UUID().uuidString).out")
        let errURL = folder.appendingPathComponent("\(socketName)-\(UUID().uuidString).err")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let argv = [tmuxPath, "-u", "-L", socketName] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        // The test runner's threads may block or ignore signals, and a spawned process inherits
        // that: tmux would then never see SIGCHLD (panes never die) or exit on kill-server.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var cArgv = argv.map { strdup($0) } + [nil]
        var cEnvp = envp.map { strdup($0) } + [nil]
        defer {
            cArgv.forEach { free($0) }
            cEnvp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, tmuxPath, &actions, &attributes, &cArgv, &cEnvp)
        guard spawned == 0 else {
            throw TmuxError("Could not run \(tmuxPath): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let outData = FileManager.default.contents(atPath: outURL.path) ?? Data()
        let errData = FileManager.default.contents(atPath: errURL.path) ?? Data()
        let stdout = String(decoding: outData, as: UTF8.self)
        // WIFEXITED and WEXITSTATUS are macros: the low 7 bits are the signal, the next 8 the status.
        let exitedNormally = status & 0x7F == 0
        let exitStatus = (status >> 8) & 0xFF
        guard exitedNormally && exitStatus == 0 else {
            let stderr = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw TmuxError("tmux \(arguments.joined(separator: " ")) failed (status \(status)): \(stderr)")
        }
        return stdout
    }
}
