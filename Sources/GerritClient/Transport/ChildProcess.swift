import CLibSSH2
import Foundation
#if canImport(Glibc)
import GerritRemote
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process with piped stdin/stdout/stderr, in its own process group, with default
/// signal handling.
///
/// Foundation's Process passes on the spawning thread's signal mask; Swift's worker threads
/// block nearly every signal, so an `ssh` started that way ignores SIGTERM and cannot be
/// cancelled. posix_spawn lets us reset the mask and dispositions (SIGPIPE is ignored in this
/// process) and put the child in its own process group, so a Ctrl-C meant for us does not
/// reach it.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    let stdin: FileHandle
    let stdout: FileHandle
    let stderr: FileHandle
    // Guarded by `lock`: the raw wait status once reaped, and whether we asked it to stop.
    private let lock = NSLock()
    private var waitStatus: Int32?
    private var terminationRequested = false

    init(program: String, arguments: [String], environment: [String: String]) throws {
        var inPipe: [Int32] = [-1, -1], outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            throw TransportError.launchFailed(program: program, reason: String(cString: strerror(errno)))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in inPipe + outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        _ = gm_spawn_closefrom(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        configureCleanSignals(&attributes, newProcessGroup: true)

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        var spawned = posix_spawn(&child, program, &actions, &attributes, argv, envp)
        // ETXTBSY: the program file is still open for writing somewhere (e.g. a script written a
        // moment ago by a thread whose fd a concurrent spawn briefly inherited); it clears fast.
        for _ in 0..<20 where spawned == ETXTBSY {
            usleep(10_000)
            spawned = posix_spawn(&child, program, &actions, &attributes, argv, envp)
        }
        close(inPipe[0])
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            close(inPipe[1])
            close(outPipe[0])
            close(errPipe[0])
            throw TransportError.launchFailed(program: program, reason: String(cString: strerror(spawned)))
        }
        for fd in [inPipe[1], outPipe[0], errPipe[0]] { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        pid = child
        stdin = FileHandle(fileDescriptor: inPipe[1], closeOnDealloc: true)
        stdout = FileHandle(fileDescriptor: outPipe[0], closeOnDealloc: true)
        stderr = FileHandle(fileDescriptor: errPipe[0], closeOnDealloc: true)
    }

    /// Asks the child to stop (SIGTERM).
    func terminate() {
        lock.lock()
        terminationRequested = true
        let done = waitStatus != nil
        lock.unlock()
        if !done { kill(pid, SIGTERM) }
    }

    var wasTerminated: Bool {
        lock.lock()
        defer { lock.unlock() }
        return terminationRequested
    }

    /// Blocks until the child exits; returns its exit code (128+signal when killed).
    func waitForExit() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        lock.lock()
        waitStatus = status
        lock.unlock()
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
