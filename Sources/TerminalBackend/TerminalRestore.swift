@preconcurrency import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back the way the shell had it, on every way out of the program.
///
/// These handlers are C callbacks that capture nothing: ncurses keeps its own state, and
/// `endwin` is safe to call when curses was never started (it returns ERR) or already ended
/// (we check `isendwin` first). `endwin` is not strictly async-signal-safe, but leaving the
/// user's terminal in raw mode without echo is worse; this is what curses programs do.
enum TerminalRestore {
    /// Installs the atexit hook and the signal handlers. Safe to call more than once.
    static func install() {
        atexit {
            TerminalRestore.restore()
        }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                let savedErrno = errno
                TerminalRestore.restore()
                // With drafts to save, the flush thread saves them and exits (`ExitFlush`).
                if ExitFlush.handOff(received) {
                    errno = savedErrno
                    return
                }
                // The shell convention: 128 + signal number (130 for Ctrl-C, 143 for TERM).
                _exit(128 + received)
            }
        }
        for signalNumber in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(signalNumber) { received in
                TerminalRestore.restore()
                // Die of the same signal so the crash (and any core dump) is reported as usual.
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Stops catching the exit signals (after a normal close).
    static func uninstall() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(signalNumber, SIG_DFL)
        }
    }

    /// Leaves curses mode if it is on.
    static func restore() {
        // ncurses is opened on first use: before that there is no curses mode to leave, and
        // opening it here (in a signal handler) would be neither safe nor useful.
        guard gm_ncurses_is_loaded() != 0 else { return }
        if !isendwin() {
            endwin()
        }
    }
}
