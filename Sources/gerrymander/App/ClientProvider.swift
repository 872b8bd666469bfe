import Config
import Foundation
import GerritClient
import GerritSim

/// Hands commands the one `GerritClient` they talk through, and the cache beside it.
enum ClientProvider {
    /// The client for this run.
    ///
    /// `--demo` gets the in-process simulator as user "demo", with its dataset as of `now`
    /// (`GERRYMANDER_NOW` in tests) and its events paced in real time when asked; otherwise the configured server over libssh2 (or the
    /// system ssh for `transport = openssh`).
    /// - Throws: `CLIError.server` when the server settings cannot be turned into a connection.
    static func client(settings: Settings, demo: Bool, now: Date, acceptNewHostKey: Bool = false,
                       realTimeEvents: Bool = false) throws -> GerritClient {
        if demo {
            let transport = SimulatedTransport.demo(now: now, realTimeEvents: realTimeEvents,
                                                    eventRate: DemoEnvironment.eventRate() ?? SimServerConfig().eventRate)
            return GerritClient(transport: transport,
                                serverName: "demo server", user: DemoEnvironment.user)
        }
        do {
            return try GerritClient.connect(settings: settings, acceptNewHostKey: acceptNewHostKey,
                                            interactive: isatty(STDIN_FILENO) == 1)
        } catch {
            throw CLIError.server("\(error)")
        }
    }

    /// The client wrapped with the query cache, as `--no-cache`/`--refresh` ask.
    ///
    /// The demo never caches: its server lives in this process. A cache that cannot be opened
    /// costs one warning on stderr, and the run goes on without it.
    static func cached(_ client: GerritClient, settings: Settings, cache options: CacheOptions?,
                       demo: Bool) -> CachedGerritClient {
        let policy: CachePolicy
        if let options, !demo, options.cache {
            policy = options.refresh ? .refresh : .use
        } else {
            policy = .bypass
        }
        // A report reads its list and exits: its cache reads go through a memory map.
        return cached(client, settings: settings, policy: policy, mappedReads: true,
                      warn: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
    }

    /// The client wrapped with the cache under `policy`; the cache is opened only when used.
    ///
    /// - Parameter warn: where read/write problems go later (the TUI drops them: stderr would
    ///   scribble over its screen). An unopenable cache is reported on stderr at once either way.
    static func cached(_ client: GerritClient, settings: Settings, policy: CachePolicy, mappedReads: Bool = false,
                       warn: @escaping @Sendable (String) -> Void) -> CachedGerritClient {
        var cache: GerritCache?
        if policy != .bypass {
            let (opened, warning) = GerritCache.openOrWarn(directoryPath: settings.cache.directory, mappedReads: mappedReads)
            if let warning { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
            cache = opened
        }
        return CachedGerritClient(client: client, cache: cache, policy: policy, now: { Date() }, warn: warn,
                                  retention: .long(settings.cache))
    }
}
