import Foundation
import GerritModel
import GerritRemote
import Reports

// The diff pane: open, fetch, change the base, move between files and comments.
extension AppState {
    /// Rows of the diff pane that show at once: the body less the pane's border.
    var diffPage: Int { max(1, size.height - 5) }

    /// `d` (show-diff [FILE]): the shown change's newest patch set against its parent, or the
    /// diff already open for it, scrolled to FILE when given.
    mutating func openDiff(_ argument: String?) -> [Effect] {
        guard let change = actionTarget, let latest = change.latestPatchSet?.number else {
            addMessage("No change selected", kind: .error)
            return []
        }
        let file = argument?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        if focus != .diff { history.append(focus) }
        focus = .diff
        if var current = diff, current.change == change.number, current.diff != nil || current.loading {
            if let file {
                current.pendingFile = file
                diff = current
                scrollDiffToPendingFile()
            }
            return []
        }
        diff = DiffState(change: change.number, patchSet: latest, pendingFile: file)
        // From the list the change's full record (its comments) may not be here yet.
        let record = detail?.number == change.number ? [] : showDetail(change.number, forceReload: false)
        return loadDiff(of: change) + record
    }

    /// The fetch of the current `diff`'s patch set and base.
    private mutating func loadDiff(of change: Change) -> [Effect] {
        guard var state = diff else { return [] }
        guard change.project?.isEmpty == false else {
            state.error = "Change \(change.number) has no project in what the server sent: no repository to fetch"
            diff = state
            return []
        }
        state.loading = true
        state.error = nil
        state.diff = nil
        state.progress = "Fetching \(change.number),\(state.patchSet) against \(state.base)…"
        diff = state
        return [.loadDiff(DiffRequest(change: change, patchSet: state.patchSet, base: state.base))]
    }

    /// `B` (diff-base [PS]): compare with patch set PS, the parent for 0 (or "base"), or the
    /// next older base when no argument is given (parent → 1 → … → the one before, → parent).
    mutating func changeDiffBase(_ argument: String?) -> [Effect] {
        guard let state = diff, let change = detail?.number == state.change ? detail?.change : changes[state.change] else {
            addMessage("Open a diff first (d on a change)", kind: .error)
            return []
        }
        let word = argument?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let base: DiffBase
        if word.isEmpty {
            switch state.base {
            case .parent: base = state.patchSet > 1 ? .patchSet(1) : .parent
            case .patchSet(let n): base = n + 1 < state.patchSet ? .patchSet(n + 1) : .parent
            }
        } else if word == "0" || word == "base" || word == "parent" {
            base = .parent
        } else if let n = Int(word.hasPrefix("ps") ? String(word.dropFirst(2)) : word), n >= 1, n < state.patchSet,
                  change.patchSets.isEmpty || change.patchSets.contains(where: { $0.number == n }) {
            base = .patchSet(n)
        } else {
            addMessage("diff-base takes an earlier patch set (1…\(max(1, state.patchSet - 1))) or 0 for the parent", kind: .error)
            return []
        }
        guard base != state.base || state.error != nil else { return [] }
        if state.patchSet == 1 && base == .parent && state.base == .parent && state.error == nil {
            addMessage("Patch set 1 has no earlier patch set to compare with")
            return []
        }
        diff = DiffState(change: state.change, patchSet: state.patchSet, base: base)
        return loadDiff(of: change)
    }

    /// j/k/PgUp/PgDn/g/G in the diff pane.
    mutating func moveInDiff(_ movement: Movement) {
        guard var state = diff else { return }
        let limit = max(0, (diffDocument?.rows.count ?? 0) - diffPage)
        switch movement {
        case .by(let delta): state.scroll = min(max(0, min(state.scroll, limit) + delta), limit)
        case .first: state.scroll = 0
        case .last: state.scroll = limit
        }
        diff = state
    }

    /// Cells one →/← moves the code sideways.
    static let diffShift = 8

    /// →/←: the code of every line sideways, never left of its start (nor absurdly far right).
    mutating func shiftDiff(by delta: Int) {
        guard var state = diff else { return }
        state.column = min(max(0, state.column + delta), 4_000)
        diff = state
    }

    /// n/p: the next or previous file's header to the top; ]/[ the next or previous comment.
    mutating func jumpInDiff(files: Bool, step: Int) {
        guard focus == .diff, var state = diff, let document = diffDocument else { return }
        let targets = files ? document.fileRows : document.noteRows
        let what = files ? "file" : "comment"
        let next = step > 0 ? targets.first { $0 > state.scroll } : targets.last { $0 < state.scroll }
        guard let row = next else {
            addMessage(targets.isEmpty ? "No \(what)s in this diff" : step > 0 ? "No \(what) below" : "No \(what) above")
            return
        }
        state.scroll = row
        diff = state
    }

    /// The diff arrived: show it, at the file asked for.
    mutating func diffLoaded(_ patchDiff: PatchDiff, at: Date) {
        now = at
        guard var state = diff, state.change == patchDiff.change, state.patchSet == patchDiff.patchSet,
              state.base == patchDiff.base else { return }
        state.diff = patchDiff
        state.loading = false
        state.progress = nil
        state.error = nil
        diff = state
        // The page is laid out here, not at the end of the action: the jump to a file reads it.
        keepDiffDocumentCurrent()
        scrollDiffToPendingFile()
    }

    mutating func diffFailed(change: Int, patchSet: Int, base: DiffBase, message: String, at: Date) {
        now = at
        guard var state = diff, state.change == change, state.patchSet == patchSet, state.base == base else { return }
        state.loading = false
        state.progress = nil
        state.error = message
        diff = state
        addMessage(message, kind: .error)
    }

    mutating func diffProgress(change: Int, text: String) {
        guard diff?.change == change, diff?.loading == true else { return }
        diff?.progress = text
    }

    /// Scrolls to the file a detail's Enter (or `show-diff FILE`) named, once the diff is here.
    private mutating func scrollDiffToPendingFile() {
        guard let file = diff?.pendingFile, let document = diffDocument else { return }
        diff?.pendingFile = nil
        let files = document.diff.files
        guard let index = files.firstIndex(where: { $0.path == file })
                ?? files.firstIndex(where: { $0.path.hasSuffix(file) || $0.oldPath == file }) else {
            addMessage("\(file) is not in this diff")
            return
        }
        diff?.scroll = document.fileRows[index]
    }

    /// The thread a reply from the diff goes to, as `reply` takes it: the first comment in
    /// view, else the last one above the view; with none, a new comment on the first line of
    /// code in view (unless `newCommentIfNone` is false: resolving needs a comment).
    public func diffThreadArgument(newCommentIfNone: Bool = true) -> String? {
        guard let state = diff, let document = diffDocument else { return nil }
        if let inView = noteInView(of: document) {
            let note = document.notes[inView]
            return Self.threadArgument(patchSet: note.patchSet, file: note.file, line: note.line, unresolved: note.isUnresolved)
        }
        // No comment near: a new one on the first line of code in view.
        guard newCommentIfNone else { return nil }
        for row in state.scroll..<min(document.rows.count, state.scroll + diffPage) {
            if let (file, line) = document.newSideLine(atRow: row) {
                return Self.threadArgument(patchSet: state.patchSet, file: file, line: line, unresolved: false)
            }
        }
        return nil
    }

    /// The row of the diff a reply goes to (marked in the pane), if any.
    public var diffTargetRow: Int? {
        diffDocument.flatMap(diffTargetRow(in:))
    }

    /// `diffTargetRow` in a given document (the pane's).
    public func diffTargetRow(in document: DiffDocument) -> Int? {
        noteInView(of: document).map { document.noteRows[$0] }
    }

    /// The comment R and u act on (an index into the document's notes): the comments pane's
    /// rule, the first in view, else the last above it.
    private func noteInView(of document: DiffDocument) -> Int? {
        guard let state = diff else { return nil }
        return Self.firstThread(in: document.noteRows, scroll: state.scroll, page: diffPage)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
