import Foundation
import TUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens URLs in the user's browser: `$BROWSER`, else `xdg-open` (or `open` on macOS).
///
/// The program gets the URL as its one argument (never through a shell), and only an http(s)
/// address is passed (`WebAddress`), so server text can be neither an option nor another
/// scheme. It is started detached with its output thrown away, so it can never write over the
/// full-screen interface.
public struct BrowserOpener: URLOpener {
    /// The program to run, if one was found.
    public let program: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        func find(_ name: String) -> String? {
            if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
            return nil
        }
        let browser = environment["BROWSER"].flatMap { $0.split(separator: ":").first.map(String.init) }
        program = browser.flatMap(find) ?? find("xdg-open") ?? find("open")
    }

    /// Whether a browser can be started.
    public var isAvailable: Bool { program != nil }

    /// Starts the browser on `url`; failures are silent (the caller showed the URL already).
    public func open(_ url: String) {
        guard let program, WebAddress.isOpenable(url) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // A child inherits its parent thread's blocked signals, and the UI thread (born in
        // Swift's pool) blocks nearly all: unblock them for the spawn, or the browser could
        // not be stopped with SIGTERM.
        var none = sigset_t()
        sigemptyset(&none)
        var saved = sigset_t()
        pthread_sigmask(SIG_SETMASK, &none, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        try? process.run()
    }
}
