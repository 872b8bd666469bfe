import ArgumentParser
import Config
import Foundation
import GerritClient
import GerritModel
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

    func run() async throws {
        if let guide = AppSettings.firstRunGuide(configPath: global.config, demo: global.demo) {
            // Nothing to connect to yet: say how to set up, never try a made-up host.
            guard isatty(STDOUT_FILENO) != 0 else { throw CLIError.usage(guide.text) }
            try showWelcome(guide)
            return
        }
        guard isatty(STDOUT_FILENO) != 0 else {
            guard global.demo else {
                throw CLIError.usage("the full-screen UI needs a terminal; for a table try 'gerrymander changes'.")
            }
            var changes = try ChangesCommand.parse(["--status", "open", "--limit", "25"])
            changes.global = global
            try await changes.run()
            return
        }
        let home = ProcessEnvironment.home
        // The same settings and client as every command: the demo's generated config (its bots,
        // groups and sample alias) or ~/.gerrymander / -c FILE; demo events paced in real time.
        let environment = try ReportEnvironment.make(global, realTimeEvents: true)
        let settings = environment.settings
        let client = environment.client
        defer { client.close() }
        let keymap: Keymap
        do {
            keymap = try Keymap(bindings: settings.keys)
        } catch {
            throw CLIError.usage(error.description)
        }
        let palette = try loadPalette(settings: settings, home: home)
        let notices = NoticeRelay()
        let service = Self.cachingService(client, settings: settings, demo: global.demo, notices: notices)
        // Runs before `client.close()`: the next start then finds no log to read back.
        defer { service.closeCache() }
        // Bell, clipboard and browser requests of the store's effects reach the UI loop here.
        let host = HostChannel()
        let browser = BrowserOpener()
        let editor = ProcessEditor()
        // Drafts, unsent reviews and seen marks, kept per server beside the cache.
        let storage = PrivateFile.localState(cacheDirectory: settings.cache.directory, server: client.serverName)
        let store = Store.live(service: service, user: client.user, settings: settings, host: host,
                               canOpenURLs: browser.isAvailable, canEditExternally: editor.isAvailable, storage: storage,
                               diffSource: DiffSources.make(settings: settings, client: client,
                                                            acceptNewHostKey: global.acceptNewHostKey))
        notices.attach(store)
        do {
            let app = TriageApp(store: store, keymap: keymap, palette: palette, host: host,
                                opener: browser.isAvailable ? browser : nil, editor: editor.isAvailable ? editor : nil)
            // Drafts typed within the delay of their save (and a save the quit cancelled before it
            // began) are written on the way out: on a signal (the terminal closing), and after a quit.
            let flush = LocalStateFlush(store: store, storage: storage)
            try await runTriageUI(app, mouse: settings.tui.mouse, flushOnSignal: { flush() })
            flush()
        } catch let error as TerminalError {
            throw CLIError.usage(error.message)
        }
    }

    /// The first-run welcome, full screen, in the chosen theme, until the user quits.
    private func showWelcome(_ guide: FirstRunGuide) throws {
        let home = ProcessEnvironment.home
        let settings = Settings.defaults(home: home)
        let palette = try loadPalette(settings: settings, home: home)
        do {
            let keymap = try Keymap(bindings: settings.keys)
            try withTerminal { WelcomeView.run(guide, on: $0, palette: palette, keymap: keymap) }
        } catch let error as TerminalError {
            throw CLIError.usage(error.message)
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

    /// The client behind the cache: list queries always ask the server and store the answer.
    ///
    /// The demo never caches (its server lives in this process); a cache that cannot be opened
    /// costs one warning and the UI runs without it; one that cannot be written later (a full
    /// disk) costs one notice in the status line.
    static func cachingService(_ client: GerritClient, settings: Settings, demo: Bool,
                               notices: NoticeRelay = NoticeRelay()) -> CachedGerritClient {
        ClientProvider.cached(client, settings: settings, policy: demo ? .bypass : .refresh, warn: notices.post)
    }
}

// The same options for `FastArguments` (see FastCommandLine); keep them beside the declarations.
extension TUICommand: FastParsable {
    static var fastOptions: [FastArguments.Option] { GlobalOptions.fastOptions + [.value("--theme")] }

    static func fast(_ arguments: FastArguments) throws -> TUICommand {
        try arguments.expectNoPositionals()
        var command = TUICommand()
        command.global = try .fast(arguments)
        command.theme = arguments.value("theme")
        try command.validate()
        return command
    }
}
