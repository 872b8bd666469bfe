#if canImport(Glibc)
import Glibc
#endif

/// Makes a child start with no blocked signals and default dispositions.
///
/// Threads of Swift concurrency and Dispatch block almost every signal, and posix_spawn passes
/// that mask on: a child that cannot receive SIGTERM never exits. Ignored SIGPIPE is inherited
/// too. Every place that spawns a program (transports, test sshd, agents) calls this.
/// - Parameters:
///   - attributes: initialised spawn attributes; the caller destroys them.
///   - newProcessGroup: put the child in its own group, so Ctrl-C at the terminal skips it.
public func configureCleanSignals(_ attributes: inout posix_spawnattr_t, newProcessGroup: Bool) {
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signalNumber in [SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD] { sigaddset(&defaults, signalNumber) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
    if newProcessGroup {
        posix_spawnattr_setpgroup(&attributes, 0)
        flags |= POSIX_SPAWN_SETPGROUP
    }
    posix_spawnattr_setflags(&attributes, Int16(flags))
}
