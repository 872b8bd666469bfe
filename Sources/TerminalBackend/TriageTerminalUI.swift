import Foundation
import TUI

/// Runs the triage UI on the real terminal until the user quits.
///
/// The loop gets a thread of its own, outside Swift's cooperative pool: it blocks there while
/// it waits for keys, frames and host requests, which a pool thread (two of them on two cores)
/// must never do, or every effect would starve. Curses is opened, used and closed on that
/// thread only. The terminal is restored on every way out (quit, Ctrl-C, SIGTERM, SIGHUP and
/// crashes; Ctrl-Z suspends and `fg` repaints, both handled by curses); then the app's store is
/// shut down. SIGHUP, SIGTERM and Ctrl-C run `flushOnSignal` before the process ends.
/// - Parameters:
///   - app: handed to the UI thread; the caller must not use it again.
///   - mouse: report clicks and the wheel (`[tui] mouse`).
///   - flushOnSignal: saves what a signal must not lose (the drafts whose delayed save has
///     not run), on a thread of its own.
/// - Throws: `TerminalError` when there is no usable terminal.
public func runTriageUI(_ app: sending TriageApp, mouse: Bool,
                        flushOnSignal: (@Sendable () -> Void)? = nil) async throws {
    let store = app.store
    let handOff = HandOff(app)
    defer { store.shutdown() }
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
        let thread = Thread {
            let terminal: NcursesTerminal
            do {
                terminal = try NcursesTerminal(mouse: mouse)
            } catch {
                continuation.resume(throwing: error)
                return
            }
            if let flushOnSignal { ExitFlush.arm(flushOnSignal) }
            handOff.app.run(on: terminal)
            ExitFlush.disarm()
            terminal.close()
            continuation.resume()
        }
        thread.name = "gerrymander ui"
        thread.start()
    }
}

/// Carries the app to the UI thread.
///
/// @unchecked: `TriageApp` is not thread-safe, but it is used by exactly one thread at a time —
/// the caller gives it away (`sending`) and only the UI thread touches it afterwards.
private final class HandOff: @unchecked Sendable {
    let app: TriageApp

    init(_ app: TriageApp) {
        self.app = app
    }
}

/// Runs `body` on the real terminal (opened for it, restored afterwards on every way out).
///
/// For simple full-screen pages such as the first-run welcome.
/// - Throws: `TerminalError` when there is no usable terminal, or what `body` throws.
public func withTerminal<T>(mouse: Bool = false, _ body: (any Terminal) throws -> T) throws -> T {
    let terminal = try NcursesTerminal(mouse: mouse)
    defer { terminal.close() }
    return try body(terminal)
}
