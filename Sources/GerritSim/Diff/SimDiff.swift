import GerritModel
import GerritRemote

/// Diffs of the simulator's patch sets, from `SimFileContents`: what `--demo` shows (there is
/// no git server in the demo, so the diff is made in process with the same line diff shape as
/// parsed git output).
public enum SimDiff {
    /// The diff of `patchSet` of `change` against `base`; nil when a patch set does not exist.
    public static func diff(of change: SimChange, patchSet: Int, base: DiffBase) -> PatchDiff? {
        guard let shown = change.patchSets.first(where: { $0.number == patchSet }) else { return nil }
        let newFiles = files(of: change, shown)
        let oldFiles: [String: [String]]
        switch base {
        case .parent:
            oldFiles = parentFiles(of: change, shown)
        case .patchSet(let number):
            guard number < patchSet, let older = change.patchSets.first(where: { $0.number == number }) else { return nil }
            oldFiles = files(of: change, older)
        }
        let paths = Set(newFiles.keys).union(oldFiles.keys).sorted()
        var result: [FileDiff] = []
        for path in paths {
            let old = oldFiles[path], new = newFiles[path]
            let hunks = LineDiff.hunks(old: old ?? [], new: new ?? [])
            guard !hunks.isEmpty || (old == nil) != (new == nil) else { continue }
            let status: FileDiff.Status = old == nil ? .added : new == nil ? .deleted : .modified
            result.append(FileDiff(path: path, status: status, hunks: hunks))
        }
        // The commit message first, as Gerrit shows it; the simulator's /COMMIT_MSG counts only the
        // message (no header), and its patch sets share one message.
        let message = CommitMessageFile.messageLines(change.commitMessage)
        if shown.files.contains(where: { $0.path == CommitMessageFile.path }),
           let file = CommitMessageFile.fileDiff(old: base == .parent ? nil : message, new: message) {
            result.insert(file, at: 0)
        }
        return PatchDiff(change: change.number, patchSet: patchSet, base: base, files: result)
    }

    /// Every real file of a patch set (not `/COMMIT_MSG`) with its text.
    static func files(of change: SimChange, _ patchSet: SimPatchSet) -> [String: [String]] {
        var files: [String: [String]] = [:]
        for file in patchSet.files where !file.path.hasPrefix("/") {
            files[file.path] = SimFileContents.lines(change: change.number, path: file.path, type: file.type,
                                                     insertions: file.insertions, deletions: file.deletions).patchSet
        }
        return files
    }

    /// The parent's text of the files a patch set touches (added files are not there).
    static func parentFiles(of change: SimChange, _ patchSet: SimPatchSet) -> [String: [String]] {
        var files: [String: [String]] = [:]
        for file in patchSet.files where !file.path.hasPrefix("/") {
            if let parent = SimFileContents.lines(change: change.number, path: file.path, type: file.type,
                                                  insertions: file.insertions, deletions: file.deletions).parent {
                files[file.path] = parent
            }
        }
        return files
    }
}
