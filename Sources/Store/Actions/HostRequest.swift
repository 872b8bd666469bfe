/// Work that leaves the process through the host (the terminal and the desktop around it), not
/// through Gerrit: the one kind of effect the store's runner cannot carry out itself.
///
/// Carried by `Effect.host`; the runner posts it to a `HostChannel`, and the host (the TUI loop,
/// which owns the terminal) performs it between frames.
public enum HostRequest: Hashable, Sendable {
    /// Ring the terminal bell.
    case bell
    /// Put text on the clipboard (OSC 52 on a real terminal).
    case copyToClipboard(String)
    /// Open a URL in the user's browser.
    case openURL(String)
    /// Let the user write `initial` further in `$VISUAL`/`$EDITOR` (the UI steps aside while
    /// it runs); the host answers with `Action.textEdited`.
    case editText(ComposePurpose, initial: String)
}
