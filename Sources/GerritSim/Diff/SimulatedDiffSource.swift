import GerritModel
import GerritRemote

/// The demo's `DiffSource`: diffs of the simulated server's current patch sets, in process.
public struct SimulatedDiffSource: DiffSource {
    public let server: GerritSimServer

    public init(server: GerritSimServer) {
        self.server = server
    }

    public func diff(_ request: DiffRequest, progress: @escaping @Sendable (String) -> Void) async throws -> PatchDiff {
        guard let change = await server.dataset.change(request.change) else {
            throw DiffSourceError("demo: change \(request.change) does not exist")
        }
        guard let diff = SimDiff.diff(of: change, patchSet: request.patchSet, base: request.base) else {
            throw DiffSourceError("demo: change \(request.change) has no patch set \(request.patchSet)"
                                  + (request.base.patchSetNumber.map { " or \($0)" } ?? ""))
        }
        return diff
    }
}
