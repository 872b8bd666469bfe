import Foundation
import GerritClient
import GerritSim
import GerritTestSupport

extension SimulatedGerrit {
    /// A client over an in-process simulated server with the given knobs (see
    /// `transport(changes:pageCap:oldServer:garbageLine:eventRate:now:)`).
    public static func client(changes: Int = 320, pageCap: Int = 500, oldServer: Bool = false,
                              garbageLine: Bool = false, eventRate: Double = 6,
                              now: Date = fixedNow) -> (client: GerritClient, server: GerritSimServer) {
        let (transport, server) = self.transport(changes: changes, pageCap: pageCap, oldServer: oldServer,
                                                 garbageLine: garbageLine, eventRate: eventRate, now: now)
        return (GerritClient(transport: transport, serverName: "sim", user: "demo"), server)
    }
}
