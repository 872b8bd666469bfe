#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-Z (SIGTSTP) handled on the UI's own thread instead of in curses' signal handler.
///
/// Curses' handler repaints curses' copy of the screen when the shell resumes the process; the
/// backend keeps no such copy (it writes its frames itself), so the repaint must come from the
/// UI. Installed before `newterm` (curses then leaves SIGTSTP alone), this handler only notes
/// the request and wakes the UI; the terminal then leaves full-screen mode, stops the process
/// for real, and on resuming reports a resize, after which the whole screen is drawn again.
///
/// Like `ResizeWake`, a signal handler can capture nothing: the pipe and the request live in
/// two word-sized process-wide values, set only while a terminal is open (one at a time).
enum SuspendRequest {
    /// The wake pipe's write end while a terminal is open, else -1.
    nonisolated(unsafe) private static var descriptor: Int32 = -1
    /// 1 when Ctrl-Z came and the UI has not acted on it yet.
    nonisolated(unsafe) private static var pending: sig_atomic_t = 0
    nonisolated(unsafe) private static var installed = false

    /// Takes SIGTSTP over (before `newterm`, or curses installs its own handler).
    static func install(wakingThrough writeDescriptor: Int32) {
        guard !installed else { return }
        descriptor = writeDescriptor
        pending = 0
        signal(SIGTSTP, handle)
        installed = true
    }

    /// Gives SIGTSTP back to its default (stop).
    static func uninstall() {
        guard installed else { return }
        installed = false
        signal(SIGTSTP, SIG_DFL)
        descriptor = -1
    }

    /// Whether a Ctrl-Z waits to be acted on; clears it.
    static func take() -> Bool {
        guard pending != 0 else { return false }
        pending = 0
        return true
    }

    /// Stops the process as Ctrl-Z would have, and returns once the shell resumes it.
    ///
    /// The UI's thread, like every thread but main, blocks SIGTSTP: it is unblocked here for
    /// the moment of the `raise`, so the stop happens before `raise` returns.
    static func stopNow() {
        var stop = sigset_t()
        var previous = sigset_t()
        sigemptyset(&stop)
        sigaddset(&stop, SIGTSTP)
        signal(SIGTSTP, SIG_DFL)
        pthread_sigmask(SIG_UNBLOCK, &stop, &previous)
        raise(SIGTSTP)
        // Execution continues here after SIGCONT.
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        if installed { signal(SIGTSTP, handle) }
    }

    /// Async-signal-safe: a store and a `write`, with `errno` kept.
    private static let handle: @convention(c) (Int32) -> Void = { _ in
        let savedErrno = errno
        SuspendRequest.pending = 1
        WakePipe.wake(through: SuspendRequest.descriptor)
        errno = savedErrno
    }
}
