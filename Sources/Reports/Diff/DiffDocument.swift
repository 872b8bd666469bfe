import GerritModel

/// A patch set's diff as rows to read top to bottom, with the inline comments under the lines
/// they are on: what the TUI's diff pane draws (a window of it) and `gerrymander diff` prints.
///
/// Every file is on the one page, as gertty shows a change. Comments whose line is outside the
/// diff's hunks, or that are on the whole file, sit under the file's name. Pure and linear in
/// the size of the diff; the TUI keeps the one it built and builds it again only when the diff,
/// the comments or the layout change (tens of milliseconds for 10,000 lines in a debug build).
public struct DiffDocument: Hashable, Sendable {
    /// One line under the other, or the old side left and the new side right.
    public enum Layout: Hashable, Sendable { case unified, sideBySide }

    /// One row of the page.
    public enum Row: Hashable, Sendable {
        /// A file's name, status and counts.
        case file(Int)
        /// Something to say about a file that has no lines to show (binary), by file index.
        case fileNote(Int, FileNote)
        /// A hunk's `@@` line.
        case hunk(file: Int, hunk: Int)
        /// A line of a hunk (unified): indexes into the hunk's lines.
        case line(file: Int, hunk: Int, line: Int)
        /// Side by side: the old line left, the new line right, either may be missing.
        case pair(file: Int, hunk: Int, old: Int?, new: Int?)
        /// The first row of a comment: author, unresolved, where (index into `notes`).
        case noteHeader(Int)
        /// A line of a comment's text.
        case noteText(note: Int, line: Int)
    }

    public enum FileNote: Hashable, Sendable {
        case binary
        case noTextChange
    }

    public var diff: PatchDiff
    public var layout: Layout
    /// The comments shown, in the order of `rows`.
    public var notes: [DiffNote]
    /// Bots' comments left out.
    public var hiddenBots: Int
    public var rows: [Row]
    /// The row of each file's header, by file index.
    public var fileRows: [Int]
    /// The row of each comment's header, in order.
    public var noteRows: [Int]

    /// Lays out `diff` with `notes` (see `DiffNote.notes`).
    public init(diff: PatchDiff, notes: [DiffNote], hiddenBots: Int = 0, layout: Layout) {
        self.diff = diff
        self.layout = layout
        self.hiddenBots = hiddenBots
        var rows: [Row] = []
        var placed: [DiffNote] = []
        var fileRows: [Int] = []
        var noteRows: [Int] = []
        rows.reserveCapacity(diff.files.reduce(0) { $0 + 2 + $1.hunks.reduce(0) { $0 + 1 + $1.lines.count } })

        func place(_ note: DiffNote) {
            noteRows.append(rows.count)
            rows.append(.noteHeader(placed.count))
            for index in note.lines.indices { rows.append(.noteText(note: placed.count, line: index)) }
            placed.append(note)
        }

        for (f, file) in diff.files.enumerated() {
            fileRows.append(rows.count)
            rows.append(.file(f))
            // Lines of each side this diff shows, to know which notes sit under a line.
            var oldShown: Set<Int> = [], newShown: Set<Int> = []
            for hunk in file.hunks {
                for line in hunk.lines {
                    if let n = line.oldNumber { oldShown.insert(n) }
                    if let n = line.newNumber { newShown.insert(n) }
                }
            }
            let mine = notes.filter { $0.file == file.path || ($0.side == .old && $0.file == file.oldPath) }
            var byOld: [Int: [DiffNote]] = [:], byNew: [Int: [DiffNote]] = [:]
            for note in mine {
                guard let line = note.line else { place(note); continue }
                if note.side == .new, newShown.contains(line) { byNew[line, default: []].append(note) }
                else if note.side == .old, oldShown.contains(line) { byOld[line, default: []].append(note) }
                else { place(note) }
            }
            if file.isBinary { rows.append(.fileNote(f, .binary)) }
            else if file.hunks.isEmpty { rows.append(.fileNote(f, .noTextChange)) }

            func notesUnder(old: Int?, new: Int?) {
                if let old, let list = byOld.removeValue(forKey: old) { list.forEach(place) }
                if let new, let list = byNew.removeValue(forKey: new) { list.forEach(place) }
            }
            for (h, hunk) in file.hunks.enumerated() {
                rows.append(.hunk(file: f, hunk: h))
                switch layout {
                case .unified:
                    for (l, line) in hunk.lines.enumerated() {
                        rows.append(.line(file: f, hunk: h, line: l))
                        notesUnder(old: line.kind == .removed ? line.oldNumber : nil, new: line.newNumber)
                        // A context line's old-side notes go under it too.
                        if line.kind == .context { notesUnder(old: line.oldNumber, new: nil) }
                    }
                case .sideBySide:
                    for (old, new) in Self.pairs(hunk.lines) {
                        rows.append(.pair(file: f, hunk: h, old: old, new: new))
                        notesUnder(old: old.flatMap { hunk.lines[$0].oldNumber }, new: new.flatMap { hunk.lines[$0].newNumber })
                    }
                }
            }
        }
        self.notes = placed
        self.rows = rows
        self.fileRows = fileRows
        self.noteRows = noteRows
    }

    /// Side-by-side pairs of line indexes: context on both sides; a run of removed lines next
    /// to the run of added lines that follows it, line by line.
    static func pairs(_ lines: [DiffLine]) -> [(Int?, Int?)] {
        var result: [(Int?, Int?)] = []
        var index = 0
        while index < lines.count {
            if lines[index].kind == .context { result.append((index, index)); index += 1; continue }
            var removed: [Int] = [], added: [Int] = []
            while index < lines.count, lines[index].kind == .removed { removed.append(index); index += 1 }
            while index < lines.count, lines[index].kind == .added { added.append(index); index += 1 }
            for k in 0..<max(removed.count, added.count) {
                result.append((k < removed.count ? removed[k] : nil, k < added.count ? added[k] : nil))
            }
        }
        return result
    }

    /// The file a row belongs to (the last file header at or above it).
    public func file(atRow row: Int) -> Int? {
        fileRows.lastIndex { $0 <= row }
    }

    /// The line a new comment written at `row` goes on: the new side's line of that row (or the
    /// nearest one above it in the same file), with its file.
    public func newSideLine(atRow row: Int) -> (file: String, line: Int)? {
        guard rows.indices.contains(row), let f = file(atRow: row) else { return nil }
        var index = row
        while index >= fileRows[f] {
            switch rows[index] {
            case .line(_, let h, let l):
                if let n = diff.files[f].hunks[h].lines[l].newNumber { return (diff.files[f].path, n) }
            case .pair(_, let h, _, let new?):
                if let n = diff.files[f].hunks[h].lines[new].newNumber { return (diff.files[f].path, n) }
            default: break
            }
            index -= 1
        }
        return nil
    }
}
