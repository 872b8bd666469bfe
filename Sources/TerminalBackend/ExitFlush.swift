import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lets SIGHUP (the terminal closed), SIGTERM and SIGINT save what must not be lost before the
/// program ends: the drafts whose delayed save has not run yet.
///
/// The exit signals' handler (`TerminalRestore`) may only do async-signal-safe work. While a
/// flush is armed it restores the terminal, writes the signal's number to this pipe, starts an
/// `alarm` (so a hung disk cannot keep the process alive) and returns; a thread of ours reads
/// the number, runs the flush as ordinary Swift, and ends the process with 128 + signal, the
/// status the handler would have given. A handler can capture nothing, so the pipe's write end
/// is a process-wide value, as `ResizeWake`'s is: set while a flush is armed, else -1, and
/// word-sized, so the handler reads it whole.
enum ExitFlush {
    /// The pipe's write end while armed, else -1.
    nonisolated(unsafe) private(set) static var descriptor: Int32 = -1

    /// Seconds the flush may take before SIGALRM ends the process anyway.
    static let deadline: UInt32 = 5

    /// Runs `flush` before an exit signal ends the process, from now until `disarm`.
    static func arm(_ flush: @escaping @Sendable () -> Void) {
        guard descriptor < 0 else { return }
        var ends: [Int32] = [-1, -1]
        // Without a pipe the handler exits at once, as it did before flushes.
        guard pipe(&ends) == 0 else { return }
        let readEnd = ends[0]
        let thread = Thread {
            var received: UInt8 = 0
            while true {
                let count = read(readEnd, &received, 1)
                if count == 1 { break }
                // Never at the end (the write end stays open); an error other than EINTR ends the wait.
                if count == 0 || errno != EINTR { return }
            }
            flush()
            // The UI thread may have drawn after the handler restored the terminal.
            TerminalRestore.restore()
            _exit(128 + Int32(received))
        }
        thread.name = "gerrymander exit flush"
        thread.start()
        descriptor = ends[1]
    }

    /// Exit signals end the process at once again (after the UI closed normally).
    static func disarm() {
        descriptor = -1
    }

    /// For the handler: hands `signal` to the flush thread; false when none is armed.
    /// Async-signal-safe: a read of a word, `write` and `alarm`.
    static func handOff(_ signal: Int32) -> Bool {
        let target = descriptor
        guard target >= 0 else { return false }
        var byte = UInt8(truncatingIfNeeded: signal)
        guard write(target, &byte, 1) == 1 else { return false }
        alarm(deadline)
        return true
    }
}
