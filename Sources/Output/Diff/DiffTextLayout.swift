import GerritModel
import Reports
import TerminalText

/// `gerrymander diff` as text: git's unified diff (headers, hunks, `+`/`-` lines) with each
/// inline comment under the line it is on, coloured when asked (added green, removed red,
/// the changed part of a line bold). Server text is sanitized; tabs stay tabs in code, so a
/// pipe into `patch` or a pager sees the code as it is.
public struct DiffTextLayout: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    /// The whole diff of `document` (laid out unified), ending with a newline.
    public func render(_ document: DiffDocument, subject: String? = nil) -> String {
        let diff = document.diff
        var lines: [String] = []
        var head = "Change \(diff.change),\(diff.patchSet) against \(diff.base == .parent ? "its parent" : diff.base.description)"
        head += " · \(diff.files.count) file\(diff.files.count == 1 ? "" : "s") +\(diff.insertions) -\(diff.deletions)"
        lines.append(paint(head, .heading))
        if let subject { lines.append("  " + sanitizeLine(subject)) }
        if document.hiddenBots > 0 {
            let count = document.hiddenBots == 1 ? "1 bot comment" : "\(document.hiddenBots) bot comments"
            lines.append("  " + paint("(\(count) hidden; --all shows them)", .muted))
        }
        for row in document.rows {
            switch row {
            case .file(let f):
                lines += fileHeader(diff.files[f])
            case .fileNote(let f, let note):
                let file = diff.files[f]
                if note == .binary {
                    lines.append("Binary files \(file.status == .added ? "/dev/null" : "a/" + sanitizeLine(file.oldPath ?? file.path)) and "
                                 + "\(file.status == .deleted ? "/dev/null" : "b/" + sanitizeLine(file.path)) differ")
                }
            case .hunk(let f, let h):
                let hunk = diff.files[f].hunks[h]
                lines.append(paint("@@ -\(hunk.oldStart),\(hunk.oldCount) +\(hunk.newStart),\(hunk.newCount) @@", .approved)
                             + (hunk.section.isEmpty ? "" : " " + sanitizeLine(hunk.section)))
            case .line(let f, let h, let l):
                let line = diff.files[f].hunks[h].lines[l]
                lines.append(code(line))
                if line.missingNewline { lines.append("\\ No newline at end of file") }
            case .pair:
                continue
            case .noteHeader(let n):
                let note = document.notes[n]
                var text = "    " + paint("▌ ", .warning) + paint(sanitizeLine(note.author), .name)
                if note.isUnresolved { text += " " + paint("[unresolved]", .warning) }
                let place = note.line.map { "line \($0)" } ?? "file"
                text += paint(" (PS\(note.patchSet), \(note.side == .old ? "old side, " : "")\(place))", .muted)
                lines.append(text)
            case .noteText(let n, let l):
                lines.append("    " + paint("▌   ", .warning) + sanitizeLine(document.notes[n].lines[l]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func fileHeader(_ file: FileDiff) -> [String] {
        // Gerrit's commit message is no file of the repository: named, not given git headers.
        if file.path == CommitMessageFile.path { return [paint("Commit message (\(file.path))", .heading)] }
        let new = sanitizeLine(file.path), old = sanitizeLine(file.oldPath ?? file.path)
        var lines = [paint("diff --git a/\(old) b/\(new)", .heading)]
        switch file.status {
        case .added: lines.append(paint("new file", .heading))
        case .deleted: lines.append(paint("deleted file", .heading))
        case .renamed, .copied:
            let verb = file.status == .renamed ? "rename" : "copy"
            if let similarity = file.similarity { lines.append(paint("similarity index \(similarity)%", .heading)) }
            lines.append(paint("\(verb) from \(old)", .heading))
            lines.append(paint("\(verb) to \(new)", .heading))
        case .modified: break
        }
        guard !file.isBinary, !file.hunks.isEmpty else { return lines }
        lines.append(paint(file.status == .added ? "--- /dev/null" : "--- a/\(old)", .heading))
        lines.append(paint(file.status == .deleted ? "+++ /dev/null" : "+++ b/\(new)", .heading))
        return lines
    }

    /// A code line: its marker and text, the changed part bold. Tabs are kept (sanitizing
    /// keeps no other control character).
    private func code(_ line: DiffLine) -> String {
        let marker: String, tone: CellTone?, strong: CellTone?
        switch line.kind {
        case .context: marker = " "; tone = nil; strong = nil
        case .added: marker = "+"; tone = .positive; strong = .strongPositive
        case .removed: marker = "-"; tone = .negative; strong = .strongNegative
        }
        let clean = { (text: Substring) in
            text.split(separator: "\t", omittingEmptySubsequences: false).map { sanitizeLine(String($0)) }.joined(separator: "\t")
        }
        guard color, let changed = line.changed, changed.upperBound <= line.text.count, !changed.isEmpty else {
            return paint(marker + clean(Substring(line.text)), tone)
        }
        let text = line.text
        let start = text.index(text.startIndex, offsetBy: changed.lowerBound)
        let end = text.index(text.startIndex, offsetBy: changed.upperBound)
        return paint(marker + clean(text[..<start]), tone) + paint(clean(text[start..<end]), strong) + paint(clean(text[end...]), tone)
    }

    private func paint(_ text: String, _ tone: CellTone?) -> String {
        colorize(text, tone: tone, color: color)
    }
}
