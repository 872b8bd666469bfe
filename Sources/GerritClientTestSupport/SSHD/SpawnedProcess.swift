import GerritClient
import CLibSSH2
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with posix_spawn and reaped with waitpid.
///
/// The SSH test servers use this instead of Foundation's Process: with several long-lived
/// children, `Process.waitUntilExit` was seen to hang with the child already a zombie.
public final class SpawnedProcess: @unchecked Sendable {
    /// The child's pid.
    public let pid: pid_t
    // Guarded by `lock`: the exit status once reaped.
    private let lock = NSLock()
    private var exitStatus: Int32?

    /// Starts `program` with stdin from /dev/null and stdout+stderr appended to `outputPath`
    /// (or /dev/null).
    public init(_ program: String, _ arguments: [String], outputPath: String? = nil,
                environment: [String: String]? = nil) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        _ = gm_spawn_closefrom(&actions, 3)
        var env = ProcessInfo.processInfo.environment
        if let environment { env.merge(environment) { $1 } }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // Threads of this process may block signals, and posix_spawn would pass that mask on
        // (an ssh-agent that cannot get SIGTERM never exits); SIGPIPE is ignored here and
        // ignored dispositions are inherited too. Start the child with defaults.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        configureCleanSignals(&attributes, newProcessGroup: false)
        var child: pid_t = 0
        var spawned = posix_spawn(&child, program, &actions, &attributes, argv, envp)
        // ETXTBSY: a script written a moment ago may still be open for writing in a child that
        // another test is spawning at the same instant; it clears fast.
        for _ in 0..<20 where spawned == ETXTBSY {
            usleep(10_000)
            spawned = posix_spawn(&child, program, &actions, &attributes, argv, envp)
        }
        guard spawned == 0 else {
            throw TestSSHD.Failure("cannot start \(program): \(String(cString: strerror(spawned)))")
        }
        pid = child
    }

    deinit { terminate() }

    /// Whether the child is still running (reaps it if it ended).
    public var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        guard exitStatus == nil else { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            exitStatus = status
            return false
        }
        return true
    }

    /// Waits for the child to end and returns its exit code (128+signal if killed).
    @discardableResult
    public func wait() -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        if let exitStatus { return Self.code(exitStatus) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        exitStatus = status
        return Self.code(status)
    }

    /// Sends SIGTERM (SIGKILL after 2 s) and reaps the child.
    public func terminate() {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(2)
        while isRunning {
            if Date() > deadline {
                kill(pid, SIGKILL)
                break
            }
            usleep(5_000)
        }
        wait()
    }

    private static func code(_ status: Int32) -> Int32 {
        status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
