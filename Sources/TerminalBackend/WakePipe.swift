#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TUI

/// A self-pipe: `wake()` writes a byte from any thread, and the terminal's wait polls the read
/// end beside the keyboard, so frames and host requests end the wait without any polling.
final class WakePipe: TerminalWaker {
    /// Polled for `POLLIN` by the waiting thread.
    let readDescriptor: Int32
    /// Written by `wake()` (and by the SIGWINCH and SIGTSTP handlers, `ResizeWake` and
    /// `SuspendRequest`).
    let writeDescriptor: Int32

    /// - Throws: `TerminalError` when the process has no file descriptors left.
    init() throws {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else {
            throw TerminalError("gerrymander could not create a pipe for its UI loop (too many open files?).")
        }
        // Non-blocking both ways: a full pipe already means "woken", and draining stops at empty.
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL, 0) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    func wake() {
        Self.wake(through: writeDescriptor)
    }

    /// Writes the wake byte to `descriptor` (a pipe's write end; nothing when it is -1). Only a
    /// `write`, so signal handlers (`ResizeWake`, `SuspendRequest`) may call it; they keep
    /// `errno` for the code they interrupted.
    static func wake(through descriptor: Int32) {
        guard descriptor >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }

    /// Empties the pipe after a wake, so the next wait blocks again.
    func drain() {
        var sink = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &sink, sink.count) > 0 {}
    }
}
