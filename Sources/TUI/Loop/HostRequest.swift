/// Something the terminal host does for a key, besides store actions.
public enum HostRequest: Hashable, Sendable {
    /// Leave the TUI (after the store quit).
    case quit
    /// Show a line in the status bar that the store does not know about (a URL to open by
    /// hand when there is no browser).
    case notice(String)
}
