import GerritModel

/// Where the code of a patch set comes from: git fetched from the server (`GitDiffSource`),
/// or the simulator's contents in the demo.
///
/// Gerrit's SSH commands carry no file contents, so this is a second contract beside
/// `GerritService`; the store's effects call it and never know which one it is.
public protocol DiffSource: Sendable {
    /// The diff `request` names. `progress` receives short status lines ("fetching PS3…").
    ///
    /// - Throws: `DiffSourceError` with a message for the user.
    func diff(_ request: DiffRequest, progress: @escaping @Sendable (String) -> Void) async throws -> PatchDiff
}

/// Why a diff could not be had, said once, for the status bar and the CLI.
public struct DiffSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
