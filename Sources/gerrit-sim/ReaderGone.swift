#if canImport(Glibc)
import Glibc
#endif

/// Whether whoever read our stdout has gone (the ssh session ended, sshd was stopped): the
/// write end of a pipe whose read end is closed polls as POLLERR, a socket as POLLHUP.
///
/// `stream-events` checks it between events: with a slow event rate it may not write for
/// minutes, and a write is how it would otherwise learn (SIGPIPE), so it outlived its session.
func stdoutReaderGone() -> Bool {
    var descriptor = pollfd(fd: STDOUT_FILENO, events: 0, revents: 0)
    guard poll(&descriptor, 1, 0) > 0 else { return false }
    return descriptor.revents & Int16(POLLERR | POLLHUP) != 0
}
