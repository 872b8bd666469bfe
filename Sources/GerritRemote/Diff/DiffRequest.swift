import GerritModel

/// Which diff to fetch: a patch set of a change against its parent or an earlier patch set,
/// with the refs and commits the query reported for them.
public struct DiffRequest: Sendable, Hashable {
    public var change: Int
    /// The project (the git repository on the server).
    public var project: String
    public var patchSet: Int
    /// `refs/changes/NN/NUMBER/PS` of the patch set.
    public var ref: String
    /// Its commit, when the query said (lets a fetch be skipped when the commit is here).
    public var revision: String?
    public var base: DiffBase
    /// The base patch set's ref and commit (inter-patch-set diffs).
    public var baseRef: String?
    public var baseRevision: String?

    public init(change: Int, project: String, patchSet: Int, ref: String, revision: String? = nil, base: DiffBase = .parent,
                baseRef: String? = nil, baseRevision: String? = nil) {
        self.change = change
        self.project = project
        self.patchSet = patchSet
        self.ref = ref
        self.revision = revision
        self.base = base
        self.baseRef = baseRef
        self.baseRevision = baseRevision
    }

    /// The ref of patch set `patchSet` of change `change` as Gerrit names it.
    public static func ref(change: Int, patchSet: Int) -> String {
        let last2 = change % 100
        return "refs/changes/\(last2 < 10 ? "0" : "")\(last2)/\(change)/\(patchSet)"
    }

    /// The request for `patchSet` of `change` against `base`, with what the change record says.
    public init(change: Change, patchSet: Int, base: DiffBase) {
        let shown = change.patchSets.first { $0.number == patchSet }
        let based = base.patchSetNumber.flatMap { number in change.patchSets.first { $0.number == number } }
        self.init(change: change.number, project: change.project ?? "", patchSet: patchSet,
                  ref: shown?.ref ?? Self.ref(change: change.number, patchSet: patchSet), revision: shown?.revision,
                  base: base, baseRef: base.patchSetNumber.map { based?.ref ?? Self.ref(change: change.number, patchSet: $0) },
                  baseRevision: based?.revision)
    }
}
