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

    /// Loads settings and connects the client for the global options given.
    static func make(_ global: GlobalOptions) throws -> ReportEnvironment {
        let now = global.demo ? DemoEnvironment.now() : Date()
        let settings: Settings
        do {
            settings = try AppSettings.load(configPath: global.config, demo: global.demo, now: now,
                                            builtinCommands: Set(Gerrymander.commandNames))
        } catch {
            throw CLIError.usage(error.description)
        }
        let client = try ClientProvider.client(settings: settings, demo: global.demo, now: now)
        return ReportEnvironment(settings: settings, me: AppSettings.me(settings), now: now, client: client,
                                 isDemo: global.demo)
    }
}
