import Config
import GerritClient
import GerritModel
import GerritRemote
import GerritSim

/// Where diffs come from for this run: the simulator's contents in `--demo` (there is no git
/// server there), else git fetched from the configured server into `<cache>/git`.
enum DiffSources {
    static func make(settings: Settings, client: GerritClient, acceptNewHostKey: Bool = false) -> any DiffSource {
        if let simulated = client.transport as? SimulatedTransport {
            return SimulatedDiffSource(server: simulated.server)
        }
        do {
            let endpoint = try GerritClient.endpoint(for: settings.server, acceptNewHostKey: acceptNewHostKey)
            return GitDiffSource(endpoint: endpoint, directory: settings.cache.directory + "/git")
        } catch {
            // Diffs are one feature: the rest still runs, and asking for one says why not.
            return UnavailableDiffSource(reason: "No diffs: \(error)")
        }
    }
}

/// A diff source that only says why there are no diffs.
struct UnavailableDiffSource: DiffSource {
    var reason: String

    func diff(_ request: DiffRequest, progress: @escaping @Sendable (String) -> Void) async throws -> PatchDiff {
        throw DiffSourceError(reason)
    }
}
