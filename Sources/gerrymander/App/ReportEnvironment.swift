import Config
import Foundation
import GerritClient

/// What a report command works with: settings, who "I" am, the clock and the client.
struct ReportEnvironment {
    var settings: Settings
    /// "Me" for the todo lists.
    var me: String
    /// "Now" for ages and expiry: the demo dataset's clock, else the wall clock.
    var now: Date
    var client: GerritClient
    /// Whether this run talks to the built-in simulator.
    var isDemo: Bool
    /// The client behind the query cache, as the command's `--no-cache`/`--refresh` asked.
    var cached: CachedGerritClient
    /// How long this command's cached answers stay good (short for lists, long for stats).
    var lifetime: CacheLifetime

    /// Loads settings and connects the client for the global options given.
    ///
    /// Without `cache` the command never uses the cache (`watch`, `review`).
    static func make(_ global: GlobalOptions, cache: CacheOptions? = nil,
                     lifetime: (CacheSettings) -> CacheLifetime = { .short($0) },
                     realTimeEvents: Bool = false) throws -> ReportEnvironment {
        if let guide = AppSettings.firstRunGuide(configPath: global.config, demo: global.demo) {
            throw CLIError.usage(guide.text)
        }
        let now = DemoEnvironment.now()
        let settings: Settings
        if let preloaded = AppSettings.preloaded(configPath: global.config, demo: global.demo) {
            settings = preloaded
        } else {
            do {
                settings = try AppSettings.load(configPath: global.config, demo: global.demo, now: now,
                                                builtinCommands: Set(Gerrymander.commandNames))
            } catch {
                throw CLIError.usage(error.description)
            }
        }
        let client = try ClientProvider.client(settings: settings, demo: global.demo, now: now,
                                                acceptNewHostKey: global.acceptNewHostKey, realTimeEvents: realTimeEvents)
        let cached = ClientProvider.cached(client, settings: settings, cache: cache, demo: global.demo)
        return ReportEnvironment(settings: settings, me: AppSettings.me(settings), now: now, client: client,
                                 isDemo: global.demo, cached: cached, lifetime: lifetime(settings.cache))
    }
}
