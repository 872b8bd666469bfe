import Config
import Foundation

/// Loads the settings a run uses: the config file, the demo's generated config, or both.
enum AppSettings {
    /// The settings for this command line.
    ///
    /// - Parameters:
    ///   - configPath: `-c FILE`, or nil for `~/.gerrymander` (or, with `--demo`, the generated
    ///     demo config).
    ///   - demo: `--demo`: the server section is not used, so a missing key file is fine.
    ///   - now: The demo's clock.
    /// - Throws: `ConfigError` for an unreadable or broken file, or bad aliases.
    static func load(configPath: String?, demo: Bool, now: Date, builtinCommands: Set<String>) throws(ConfigError) -> Settings {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        var settings: Settings
        if demo && configPath == nil {
            settings = DemoEnvironment.settings(home: home, now: now)
        } else {
            let path = configPath.map { DisplayPath.expand($0, home: home) } ?? home + "/.gerrymander"
            settings = try Settings.load(path: path, home: home, checkKeyfile: !demo)
            if demo { settings = DemoEnvironment.overlay(settings, home: home, now: now) }
        }
        if let first = settings.validateAliases(builtinCommands: builtinCommands).first { throw first }
        return settings
    }

    /// "Me" for the todo lists: `[server] username`, else the login name.
    static func me(_ settings: Settings) -> String {
        if let username = settings.server.username, !username.isEmpty { return username }
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }
}
