import Foundation
import Store
import TUI

/// Runs the triage UI on the real terminal until the user quits.
///
/// Opens curses (restoring the terminal on every way out: quit, Ctrl-C, SIGTERM, SIGHUP and
/// crashes; Ctrl-Z suspends and `fg` repaints, both handled by curses), runs `TriageApp`, and
/// closes the terminal again. The store must have been created with a platform that posts
/// clipboard and bell requests to `mailbox`.
/// - Throws: `TerminalError` when there is no usable terminal.
public func runTriageUI(store: Store, keymap: Keymap, palette: Palette, mailbox: HostMailbox,
                        browser: BrowserOpener, mouse: Bool) async throws {
    let terminal = try NcursesTerminal(mouse: mouse)
    defer { terminal.close() }
    let app = TriageApp(store: store, keymap: keymap, palette: palette, mailbox: mailbox,
                        canOpenBrowser: browser.isAvailable)
    await app.run(on: terminal)
    store.shutdown()
}
