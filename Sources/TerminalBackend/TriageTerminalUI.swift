import TUI

/// Runs the triage UI on the real terminal until the user quits.
///
/// Opens curses (restoring the terminal on every way out: quit, Ctrl-C, SIGTERM, SIGHUP and
/// crashes; Ctrl-Z suspends and `fg` repaints, both handled by curses), runs `app`, then
/// closes the terminal and shuts the app's store down.
/// - Parameter mouse: report clicks and the wheel (`[tui] mouse`).
/// - Throws: `TerminalError` when there is no usable terminal.
public func runTriageUI(_ app: TriageApp, mouse: Bool) async throws {
    let terminal = try NcursesTerminal(mouse: mouse)
    defer { terminal.close() }
    await app.run(on: terminal)
    app.store.shutdown()
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
