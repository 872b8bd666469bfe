import Config
import GerritModel
import Reports
import TerminalText

/// The spans of one row of the diff pane at a width: code with tabs expanded, server text
/// sanitized, the changed part of a paired line in its own style, and a `›` where a long line
/// is cut (the pane does not wrap, so a row is always one screen line and scrolling stays cheap).
public enum DiffRowText {
    /// Cells between tab stops in code.
    public static let tabWidth = 8

    /// The row `index` of `document` drawn `width` cells wide.
    public static func spans(_ document: DiffDocument, row index: Int, width: Int, numberWidth: Int,
                             palette: Palette, column: Int = 0) -> [Span] {
        let diff = document.diff
        switch document.rows[index] {
        case .file(let f):
            let file = diff.files[f]
            if file.path == CommitMessageFile.path {
                return fitted([Span("━━ Commit message", palette[.diffFile]), Span("  +\(file.insertions)", palette[.diffAdded]),
                               Span(" -\(file.deletions)", palette[.diffRemoved])], width: width, palette: palette)
            }
            var spans = [Span("━━ " + sanitizeLine(file.path), palette[.diffFile])]
            switch file.status {
            case .added: spans.append(Span("  (new file)", palette[.dim]))
            case .deleted: spans.append(Span("  (deleted)", palette[.dim]))
            case .renamed, .copied:
                let verb = file.status == .renamed ? "renamed" : "copied"
                let from = file.oldPath.map { " from " + sanitizeLine($0) } ?? ""
                let similar = file.similarity.map { ", \($0)% alike" } ?? ""
                spans.append(Span("  (\(verb)\(from)\(similar))", palette[.dim]))
            case .modified: break
            }
            if !file.isBinary {
                spans.append(Span("  +\(file.insertions)", palette[.diffAdded]))
                spans.append(Span(" -\(file.deletions)", palette[.diffRemoved]))
            }
            return fitted(spans, width: width, palette: palette)
        case .fileNote(_, let note):
            let text = note == .binary ? "binary file: no text to show" : "no change to the text"
            return [Span(String(repeating: " ", count: numberWidth * 2 + 2) + text, palette[.dim])]
        case .hunk(let f, let h):
            let hunk = diff.files[f].hunks[h]
            let head = "@@ -\(hunk.oldStart),\(hunk.oldCount) +\(hunk.newStart),\(hunk.newCount) @@"
            let section = hunk.section.isEmpty ? "" : " " + sanitizeLine(hunk.section)
            return fitted([Span(head, palette[.diffHunk]), Span(section, palette[.dim])], width: width, palette: palette)
        case .line(let f, let h, let l):
            let line = diff.files[f].hunks[h].lines[l]
            let gutter = number(line.oldNumber, numberWidth) + " " + number(line.newNumber, numberWidth) + " "
            let marker: String
            switch line.kind {
            case .context: marker = " "
            case .added: marker = "+"
            case .removed: marker = "-"
            }
            let (base, change) = styles(line.kind, palette)
            return [Span(gutter, palette[.dim]), Span(marker, base)]
                + code(line, base: base, change: change, width: max(1, width - gutter.count - 1), palette: palette, pad: false,
                       skip: column)
        case .pair(let f, let h, let old, let new):
            let lines = diff.files[f].hunks[h].lines
            let half = max(1, (width - 1) / 2)
            let left = side(old.map { lines[$0] }, number: \.oldNumber, width: half, numberWidth: numberWidth, palette: palette,
                            skip: column)
            let right = side(new.map { lines[$0] }, number: \.newNumber, width: width - half - 1, numberWidth: numberWidth,
                             palette: palette, skip: column)
            return left + [Span("│", palette[.border])] + right
        case .noteHeader(let n):
            let note = document.notes[n]
            var spans = [Span(indent(note, document: document, width: width, numberWidth: numberWidth)),
                         Span("▌ ", palette[note.isUnresolved ? .warning : .commentAuthor]),
                         Span(sanitizeLine(note.author), palette[note.isBot ? .bot : .commentAuthor])]
            if note.isUnresolved { spans.append(Span("  unresolved", palette[.warning])) }
            let place = note.line.map { "line \($0)" } ?? "file"
            spans.append(Span("  \(place) · PS\(note.patchSet)", palette[.dim]))
            return fitted(spans, width: width, palette: palette)
        case .noteText(let n, let l):
            let note = document.notes[n]
            let text = sanitizeLine(note.lines[l], tabWidth: tabWidth)
            let role: ThemeRole = note.isBot ? .bot : text.hasPrefix(">") ? .quote : .text
            return fitted([Span(indent(note, document: document, width: width, numberWidth: numberWidth)),
                           Span("▌   ", palette[note.isUnresolved ? .warning : .commentAuthor]), Span(text, palette[role])],
                          width: width, palette: palette)
        }
    }

    /// How many digits the line numbers of `diff` need (at least 3).
    public static func numberWidth(_ diff: PatchDiff) -> Int {
        var largest = 0
        for file in diff.files {
            for hunk in file.hunks { largest = max(largest, hunk.oldStart + hunk.oldCount, hunk.newStart + hunk.newCount) }
        }
        return max(3, String(largest).count)
    }

    /// A comment sits under its side's code: the old side's left, the new side's right (side by
    /// side), or after the line numbers (unified).
    private static func indent(_ note: DiffNote, document: DiffDocument, width: Int, numberWidth: Int) -> String {
        switch document.layout {
        case .unified: return String(repeating: " ", count: numberWidth * 2 + 2)
        case .sideBySide:
            let half = max(1, (width - 1) / 2)
            return String(repeating: " ", count: note.side == .old ? numberWidth + 1 : half + 1 + numberWidth + 1)
        }
    }

    private static func number(_ value: Int?, _ width: Int) -> String {
        pad(value.map(String.init) ?? "", toWidth: width, alignment: .right)
    }

    private static func styles(_ kind: DiffLine.Kind, _ palette: Palette) -> (Style, Style) {
        switch kind {
        case .context: return (palette[.text], palette[.text])
        case .added: return (palette[.diffAdded], palette[.diffAddedChange])
        case .removed: return (palette[.diffRemoved], palette[.diffRemovedChange])
        }
    }

    /// One half of a side-by-side row, exactly `width` cells.
    private static func side(_ line: DiffLine?, number: KeyPath<DiffLine, Int?>, width: Int, numberWidth: Int,
                             palette: Palette, skip: Int) -> [Span] {
        guard let line else { return [Span(String(repeating: " ", count: max(0, width)))] }
        let gutter = self.number(line[keyPath: number], numberWidth) + " "
        let (base, change) = styles(line.kind, palette)
        return [Span(gutter, palette[.dim])]
            + code(line, base: base, change: change, width: max(0, width - gutter.count), palette: palette, pad: true, skip: skip)
    }

    /// A line's code in `width` cells: tabs to tab stops, sanitized, its changed part styled.
    static func code(_ line: DiffLine, base: Style, change: Style, width: Int, palette: Palette, pad: Bool,
                     skip: Int = 0) -> [Span] {
        let characters = Array(line.text)
        var parts: [(Substring, Style)]
        if let changed = line.changed, changed.lowerBound >= 0, changed.upperBound <= characters.count {
            let text = line.text
            let start = text.index(text.startIndex, offsetBy: changed.lowerBound)
            let end = text.index(text.startIndex, offsetBy: changed.upperBound)
            parts = [(text[..<start], base), (text[start..<end], change), (text[end...], base)]
        } else {
            parts = [(Substring(line.text), base)]
        }
        // Tab stops count from the start of the line, across the parts.
        var column = 0
        var spans: [Span] = []
        for (text, style) in parts where !text.isEmpty {
            var expanded = ""
            for character in text {
                if character == "\t" {
                    let spaces = tabWidth - column % tabWidth
                    expanded += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    expanded.append(character)
                    column += 1
                }
            }
            spans.append(Span(sanitizeLine(expanded), style))
        }
        let fit = fitted(skip > 0 ? dropCells(skip, of: spans) : spans, width: width, palette: palette)
        guard pad else { return fit }
        let used = fit.reduce(0) { $0 + displayWidth(of: $1.text) }
        return used < width ? fit + [Span(String(repeating: " ", count: width - used), base)] : fit
    }

    /// `spans` without their first `count` cells (a wide character cut in two leaves a space).
    static func dropCells(_ count: Int, of spans: [Span]) -> [Span] {
        var left = count
        var result: [Span] = []
        for span in spans {
            guard left > 0 else { result.append(span); continue }
            var text = Substring(span.text)
            while left > 0, let first = text.first {
                let cells = displayWidth(of: first)
                text = text.dropFirst()
                if cells > left { text = Substring(String(repeating: " ", count: cells - left)) + text }
                left -= cells
            }
            if !text.isEmpty { result.append(Span(String(text), span.style)) }
        }
        return result
    }

    /// `spans` cut to `width` cells, ending with a dim `›` when something was cut.
    static func fitted(_ spans: [Span], width: Int, palette: Palette) -> [Span] {
        guard width > 0 else { return [] }
        let total = spans.reduce(0) { $0 + displayWidth(of: $1.text) }
        guard total > width else { return spans }
        var result: [Span] = []
        var room = width - 1
        for span in spans {
            guard room > 0 else { break }
            let cut = truncate(span.text, toWidth: room, ellipsis: "")
            result.append(Span(cut, span.style))
            room -= displayWidth(of: cut)
        }
        result.append(Span(String(repeating: " ", count: max(0, room)) + "›", palette[.dim]))
        return result
    }
}
