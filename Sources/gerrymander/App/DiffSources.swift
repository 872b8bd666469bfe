import Config
import GerritClient
import GerritRemote
import GerritSim

/// Where diffs come from for this run: the simulator's contents in `--demo` (there is no git
/// server there), else git fetched from the configured server into `<cache>/git`.
enum DiffSources {
    static func make(settings: Settings, client: GerritClient) throws -> any DiffSource {
        if let simulated = client.transport as? SimulatedTransport {
            return SimulatedDiffSource(server: simulated.server)
        }
        let endpoint: SSHEndpoint
        do {
            endpoint = try GerritClient.endpoint(for: settings.server, acceptNewHostKey: false)
        } catch {
            throw CLIError.server("\(error)")
        }
        return GitDiffSource(endpoint: endpoint, directory: settings.cache.directory + "/git")
    }
}
