#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes a terminal resize end the UI's wait, whichever thread the kernel gives SIGWINCH to.
///
/// Curses' own SIGWINCH handler only notes the resize, for the next `wget_wch`. That is enough
/// for a loop that polls, not for one that sleeps until something happens: the signal goes to
/// any thread that does not block it, and once `main` awaits, the main thread sits in
/// `sigsuspend` with nothing blocked (libdispatch parks it there), so the handler runs there
/// while the UI thread sleeps on. This handler runs curses' first, then writes a byte to the
/// open terminal's wake pipe, so the UI wakes and reads the resize at once.
///
/// A signal handler can capture nothing, so what it needs lives in two process-wide values:
/// the pipe to write to and curses' handler. They are set only while a terminal is open (one
/// at a time: curses has one screen), before the handler is installed and after it is removed,
/// and they are word-sized, so the handler reads them whole.
enum ResizeWake {
    /// The wake pipe's write end while a terminal is open, else -1.
    nonisolated(unsafe) private static var descriptor: Int32 = -1
    /// The handler curses installed (nil: none, or the default).
    nonisolated(unsafe) private static var cursesHandler: (@convention(c) (Int32) -> Void)?
    /// Whether ours is installed.
    nonisolated(unsafe) private static var installed = false

    /// Puts our handler in front of curses' (call after `newterm`, which installs curses').
    static func install(wakingThrough writeDescriptor: Int32) {
        guard !installed else { return }
        descriptor = writeDescriptor
        let previous = signal(SIGWINCH, handle)
        // SIG_IGN and SIG_ERR are not functions to call: keep only a real handler.
        let raw = previous.map { UInt(bitPattern: unsafeBitCast($0, to: Int.self)) } ?? 0
        cursesHandler = raw > 1 && raw != UInt.max ? previous : nil
        installed = true
    }

    /// Gives SIGWINCH back to curses' handler.
    static func uninstall() {
        guard installed else { return }
        installed = false
        signal(SIGWINCH, cursesHandler)
        descriptor = -1
        cursesHandler = nil
    }

    /// Async-signal-safe: a call through a function pointer and `write`, with `errno` kept
    /// for the code the signal interrupted.
    private static let handle: @convention(c) (Int32) -> Void = { received in
        let savedErrno = errno
        ResizeWake.cursesHandler?(received)
        WakePipe.wake(through: ResizeWake.descriptor)
        errno = savedErrno
    }
}
