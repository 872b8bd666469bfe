import Config
import Foundation
import GerritClient
import GerritSim

/// Hands commands the one `GerritClient` they talk through.
enum ClientProvider {
    /// The client for this run.
    ///
    /// `--demo` gets the in-process simulator as user "demo", with its dataset as of `now`
    /// (`GERRYMANDER_NOW` in tests). A real server is not wired yet.
    /// - Throws: `CLIError` (usage) for a real server, until the transport lands.
    static func client(settings: Settings, demo: Bool, now: Date) throws -> GerritClient {
        guard demo else {
            throw CLIError.usage("talking to a real Gerrit server lands with the transport issue; use --demo for now.")
        }
        let server = GerritSimServer(now: now)
        let transport = SimulatedTransport(server: server, user: DemoEnvironment.user, clock: ImmediateEventClock())
        return GerritClient(transport: transport, serverName: "demo server", user: DemoEnvironment.user)
    }
}
