/// What a patch set is compared with: its parent commit, or an earlier patch set.
public enum DiffBase: Hashable, Sendable, CustomStringConvertible {
    /// The patch set's first parent (what Gerrit shows by default).
    case parent
    /// An earlier patch set of the same change (an inter-patch-set diff).
    case patchSet(Int)

    /// "Base" or "PS2", as a diff header says it.
    public var description: String {
        switch self {
        case .parent: return "Base"
        case .patchSet(let number): return "PS\(number)"
        }
    }

    /// The patch set number, when the base is one.
    public var patchSetNumber: Int? {
        if case .patchSet(let number) = self { return number }
        return nil
    }
}

/// The diff of one patch set of a change against its base: every file, in the order git gives.
public struct PatchDiff: Hashable, Sendable {
    /// The change number.
    public var change: Int
    /// The patch set shown (the new side).
    public var patchSet: Int
    /// What it is compared with (the old side).
    public var base: DiffBase
    /// The files that differ.
    public var files: [FileDiff]

    public init(change: Int, patchSet: Int, base: DiffBase = .parent, files: [FileDiff]) {
        self.change = change
        self.patchSet = patchSet
        self.base = base
        self.files = files
    }

    /// Lines added in every file.
    public var insertions: Int { files.reduce(0) { $0 + $1.insertions } }
    /// Lines removed in every file.
    public var deletions: Int { files.reduce(0) { $0 + $1.deletions } }
}
