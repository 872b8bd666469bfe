/// Starts the user's browser on a URL: how the loop carries out `HostRequest.openURL`.
///
/// `BrowserOpener` (in TerminalBackend) is the real one; tests record the URLs.
public protocol URLOpener: Sendable {
    /// Starts the browser on `url` without waiting for it; failures are silent.
    func open(_ url: String)
}
