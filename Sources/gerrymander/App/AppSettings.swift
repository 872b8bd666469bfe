import Config
import Foundation

/// Loads the settings a run uses: the config file, the demo's generated config, or both.
enum AppSettings {
    /// Settings `main` already read for this run, handed to the command so it does not read
    /// and check the file a second time (a fifth of a warm report's work). Only a run that is
    /// not the demo's: the demo's generated settings depend on the moment they are made.
    struct Preloaded: Sendable {
        /// The `-c` path they were read from, as given (nil: `~/.gerrymander`).
        var configPath: String?
        var settings: Settings
    }

    /// The settings of this run, bound by `CommandLaunch` while the command runs.
    @TaskLocal static var preloaded: Preloaded?

    /// `preloaded`, if it was read for the same `-c` path outside the demo.
    static func preloaded(configPath: String?, demo: Bool) -> Settings? {
        guard !demo, let preloaded, preloaded.configPath == configPath else { return nil }
        return preloaded.settings
    }

    /// The settings for this command line.
    ///
    /// - Parameters:
    ///   - configPath: `-c FILE` (which must exist), or nil for `~/.gerrymander` (with
    ///     `--demo` and no such file, the generated demo config).
    ///   - demo: `--demo`: the server section is not used, so a missing key file is fine.
    ///   - now: The demo's clock.
    /// - Throws: `ConfigError` for an unreadable or broken file, or bad aliases.
    static func load(configPath: String?, demo: Bool, now: Date, builtinCommands: Set<String>) throws(ConfigError) -> Settings {
        let home = ProcessEnvironment.home
        let path = configPath.map { DisplayPath.expand($0, home: home) } ?? defaultPath(home: home)
        if configPath != nil, !FileManager.default.fileExists(atPath: path) {
            // A file the user named must exist; only the default one may be missing.
            throw ConfigError(location: ConfigLocation(file: path, displayFile: DisplayPath.abbreviate(path, home: home), line: 0),
                              message: "does not exist (given with -c)")
        }
        var settings: Settings
        if demo && !FileManager.default.fileExists(atPath: path) {
            settings = DemoEnvironment.settings(home: home, now: now)
        } else {
            // The user's own file, demo or not: with --demo only the server is replaced, so
            // [tui], [keys], aliases and mistakes in the file count as always.
            settings = try Settings.load(path: path, home: home, checkKeyfile: !demo)
            if demo { settings = DemoEnvironment.overlay(settings, home: home, now: now) }
        }
        if let first = settings.validateAliases(builtinCommands: builtinCommands).first { throw first }
        return settings
    }

    /// `~/.gerrymander`.
    static func defaultPath(home: String) -> String {
        home + "/.gerrymander"
    }

    /// The welcome guide when this run has nothing to connect to: no `-c`, no `--demo`, and no
    /// `~/.gerrymander`; nil otherwise.
    static func firstRunGuide(configPath: String?, demo: Bool) -> FirstRunGuide? {
        guard configPath == nil, !demo else { return nil }
        let home = ProcessEnvironment.home
        let path = defaultPath(home: home)
        guard !FileManager.default.fileExists(atPath: path) else { return nil }
        return FirstRunGuide(displayPath: DisplayPath.abbreviate(path, home: home))
    }

    /// "Me" for the todo lists: `[server] username`, else the login name.
    static func me(_ settings: Settings) -> String {
        if let username = settings.server.username, !username.isEmpty { return username }
        return ProcessEnvironment.loginName ?? NSUserName()
    }
}
