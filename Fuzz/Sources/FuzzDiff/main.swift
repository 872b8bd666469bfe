import FuzzSupport
import GerritModel
import Output
import Reports

// git's unified diff (what `GitDiffSource` reads from `git diff`): any text parses to files
// that keep the reader's promises, and the page the diff pane and `gerrymander diff` build
// from them lays out and prints.
private func require(_ condition: @autoclosure () -> Bool, _ what: @autoclosure () -> String) {
    if !condition() { fatalError("UnifiedDiffParser: \(what())") }
}

runFuzzer { data, count in
    let text = fuzzText(data, count)
    let files = UnifiedDiffParser.parse(text)
    for file in files {
        require(file.oldPath != file.path, "a file whose old path is its path: \(file)")
        require(file.status != .deleted || !file.path.isEmpty || file.oldPath == nil,
                "a deleted file not named by its old path: \(file)")
        for hunk in file.hunks {
            // Every line numbered on its sides from the header's starts, one after the other,
            // and never more lines than the header promised (a hunk cut short keeps fewer).
            var old = hunk.oldStart, new = hunk.newStart
            for line in hunk.lines {
                switch line.kind {
                case .context:
                    require(line.oldNumber == old && line.newNumber == new, "a context line numbered out of order: \(hunk)")
                    old += 1; new += 1
                case .removed:
                    require(line.oldNumber == old && line.newNumber == nil, "a removed line numbered out of order: \(hunk)")
                    old += 1
                case .added:
                    require(line.newNumber == new && line.oldNumber == nil, "an added line numbered out of order: \(hunk)")
                    new += 1
                }
                require(!line.text.unicodeScalars.contains("\n"), "a line holding a newline: \(line)")
                if let changed = line.changed {
                    require(line.kind != .context && changed.lowerBound >= 0 && changed.upperBound <= line.text.count,
                            "a changed span outside its line: \(line)")
                }
            }
            require(old - hunk.oldStart <= hunk.oldCount && new - hunk.newStart <= hunk.newCount,
                    "a hunk holding more lines than its header says: \(hunk)")
        }
    }
    // What reads the files: the page in both layouts, and `gerrymander diff`'s text.
    let diff = PatchDiff(change: 1, patchSet: 2, files: files)
    for layout in [DiffDocument.Layout.unified, .sideBySide] {
        let document = DiffDocument(diff: diff, notes: [], layout: layout)
        require(document.fileRows.count == files.count, "a file without its header row")
        for row in stride(from: 0, to: document.rows.count, by: max(1, document.rows.count / 16)) {
            _ = document.newSideLine(atRow: row)
        }
        if layout == .unified { _ = DiffTextLayout(color: true).render(document) }
    }
    return 0
}
