import ArgumentParser
import Config
import Foundation
import GerritClient
import GerritSim
import Store
import TerminalBackend
import TUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `gerrymander` with no command (or `gerrymander tui`): the full-screen triage UI.
///
/// When standard output is not a terminal (a pipe, a file, a test), it prints the open changes
/// instead, as it always did, so scripts never get a full-screen program.
struct TUICommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen triage UI (the default command)."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Colour theme: default, light, solarized, mono, or one in ~/.config/gerrymander/themes.",
                               valueName: "NAME"))
    var theme: String?

    /// The bots of the simulated server, used by --demo when the config names none.
    static let demoBots = ["zuul", "jenkins", "citrix_xenserver_ci", "vmware-nsx-ci", "hyper-v-ci"]

    func run() async throws {
        guard isatty(STDOUT_FILENO) != 0 else {
            guard global.demo else {
                throw CLIError.usage("the full-screen UI needs a terminal; for a table try 'gerrymander changes'.")
            }
            var changes = try ChangesCommand.parse(["--status", "open", "--limit", "25"])
            changes.global = global
            try await changes.run()
            return
        }
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        var settings = try loadSettings(home: home)
        let keymap: Keymap
        do {
            keymap = try Keymap(bindings: settings.keys)
        } catch {
            throw CLIError.usage(error.description)
        }
        let palette = try loadPalette(settings: settings, home: home)
        let client: GerritClient
        if global.demo {
            if settings.organization.bots.isEmpty { settings.organization.bots = Self.demoBots }
            let now = Date()
            client = GerritClient(
                transport: SimulatedTransport(server: GerritSimServer(now: now), user: "demo",
                                              clock: RealTimeEventClock(simulatedStart: now, wallStart: Date())),
                serverName: "demo", user: "demo")
        } else {
            client = try Self.client(for: settings.server)
        }
        let mailbox = HostMailbox()
        let browser = BrowserOpener()
        let platform = GerritEffectRunner.Platform(
            openURL: { url in browser.open(url) },
            copyToClipboard: { text in mailbox.post(.copy(text)) },
            ringBell: { mailbox.post(.bell) })
        let store = Store.live(client: client, settings: settings, platform: platform)
        do {
            let app = TriageApp(store: store, keymap: keymap, palette: palette, mailbox: mailbox,
                                canOpenBrowser: browser.isAvailable)
            try await runTriageUI(app, mouse: settings.tui.mouse)
        } catch let error as TerminalError {
            throw CLIError.usage(error.message)
        }
    }

    private func loadSettings(home: String) throws -> Settings {
        if global.config == nil && global.demo { return .defaults(home: home) }
        let path = global.config.map { DisplayPath.expand($0, home: home) } ?? home + "/.gerrymander"
        do {
            return try Settings.load(path: path, home: home)
        } catch {
            throw CLIError.usage(error.description)
        }
    }

    /// `--theme`, else `[tui] theme`; a theme that was asked for must exist, the default may
    /// fall back to the built-in one.
    private func loadPalette(settings: Settings, home: String) throws -> Palette {
        let name = theme ?? settings.tui.theme
        let loader = ThemeLoader(directories: ThemeLoader.standardDirectories(home: home, bundled: Self.bundledThemeDirectories()),
                                 home: home)
        do {
            return Palette(theme: try loader.load(name))
        } catch {
            if name == "default" && theme == nil { return .builtIn }
            throw CLIError.usage(error.description)
        }
    }

    /// Where installed and source-tree themes are, relative to the executable.
    static func bundledThemeDirectories() -> [String] {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return [] }
        let folder = executable.deletingLastPathComponent()
        let candidates = [
            folder.appendingPathComponent("../share/gerrymander/themes"),
            folder.appendingPathComponent("../../themes"),
            folder.appendingPathComponent("../../../themes"),
        ].map { $0.standardizedFileURL.path }
        return candidates.filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// A client for the configured server.
    static func client(for server: ServerSettings) throws -> GerritClient {
        guard !server.hostname.isEmpty else {
            throw CLIError.usage("no server is configured: set [server] hostname in ~/.gerrymander, or try 'gerrymander --demo'.")
        }
        let user = server.username ?? ProcessInfo.processInfo.environment["USER"] ?? "gerrit"
        let endpoint = SSHEndpoint(host: server.hostname, port: server.port, user: user, keyFile: server.keyfile,
                                   hostKeyPolicy: server.hostKey == .acceptNew ? .acceptNew : .strict,
                                   connectTimeout: Double(server.connectTimeout))
        let transport: any GerritTransport = server.transport == .openssh
            ? OpenSSHTransport(endpoint: endpoint) : LibSSH2Transport(endpoint: endpoint)
        return GerritClient(transport: transport, serverName: endpoint.address, user: user)
    }
}
