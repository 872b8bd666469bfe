import Foundation
import Reports
import TerminalText

/// Renders reports for people: titled grids with `+---+` borders, and aligned lists.
///
/// Widths are measured in terminal cells, so CJK and emoji line up. Every string is sanitized
/// before it is printed, values longer than their column's truncation width end in "…", and
/// colour codes appear only when `color` is true.
///
/// ```
/// Changes
/// -------
///
/// +--------+-------+---------+
/// | Status | Owner | Created |
/// +--------+-------+---------+
/// | NEW    | alice | 4 days  |
/// +--------+-------+---------+
/// ```
public struct TextRenderer: Sendable {
    /// "Now" for relative ages.
    public var now: Date
    /// Whether to use ANSI colours for tones and headings.
    public var color: Bool

    /// Creates a text renderer.
    public init(now: Date, color: Bool) {
        self.now = now
        self.color = color
    }

    /// The report as text; parts are separated by a blank line and the result ends in a newline.
    public func render(_ report: Report) -> String {
        report.parts.map { part in
            switch part {
            case .table(let table): return render(table)
            case .list(let list): return render(list)
            case .compound: return ""  // `parts` flattens compounds, so none are left here.
            }
        }.joined(separator: "\n")
    }

    /// One table: title, underline, blank line, grid.
    public func render(_ table: ReportTable) -> String {
        let columns = table.visibleColumns
        let title = titleLines(table.title)
        guard !columns.isEmpty else { return title.joined(separator: "\n") + "\n" }

        let headers = columns.map { StyledText(text: sanitizeLine($0.label), tone: nil) }
        // Each cell is looked up once: its text, and whether it keeps its column numeric (for
        // `.automatic` alignment; the flattened rows include every child row).
        var numeric = [Bool](repeating: true, count: columns.count)
        let keys = columns.map(\.key)
        let truncationWidths = columns.map(\.truncationWidth)
        var lookup = ColumnLookup(columns: keys)
        func cells(of row: ReportRow, depth: Int) -> [StyledText] {
            let rowCells = lookup.cells(of: row)
            return keys.indices.map { index in
                let cell = rowCells[index]
                if numeric[index], !(cell.value.isEmpty || cell.value.isNumeric) { numeric[index] = false }
                return cellText(cell, truncationWidth: truncationWidths[index], indent: index == 0 ? depth : 0)
            }
        }
        // A flat table (no dependency tree) is read row by row, without a flattened copy.
        let body = table.hasChildren
            ? flatten(table.rows, depth: 0).map { row, depth in cells(of: row, depth: depth) }
            : table.rows.map { cells(of: $0, depth: 0) }
        var widths = headers.map(\.width)
        for row in body {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], cell.width)
            }
        }

        let alignments = columns.indices.map { index in
            columns[index].alignment == .automatic ? (numeric[index] ? .right : .left) : columns[index].alignment
        }
        let border = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        // Every line is appended to one byte buffer (2,000 rows are 2,000 lines): no per-line
        // arrays, joins or padding strings, and no String appends (~300 instructions each).
        let blanks = Blanks(upTo: widths.max() ?? 0)
        var text = TextBytes(capacity: (border.utf8.count + 1) * (body.count + 4) + title.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in title {
            text.append(line)
            text.appendNewline()
        }
        func append(_ cells: [StyledText]) {
            text.append(bytes: TextBytes.rowStart)
            for (index, cell) in cells.enumerated() {
                if index > 0 { text.append(bytes: TextBytes.cellSeparator) }
                cell.append(to: &text, width: widths[index], alignment: alignments[index], color: color, blanks: blanks)
            }
            text.append(bytes: TextBytes.rowEnd)
        }
        text.append(border)
        text.appendNewline()
        append(headers)
        text.append(border)
        text.appendNewline()
        for row in body { append(row) }
        text.append(border)
        text.appendNewline()
        return text.string
    }

    /// One list: title, underline, blank line, then `  label: value` with labels right-aligned.
    public func render(_ list: ReportList) -> String {
        var lines = titleLines(list.title)
        let labels = list.entries.map { sanitizeLine($0.label) }
        let labelWidth = labels.map { displayWidth(of: $0) }.max() ?? 0
        for (label, entry) in zip(labels, list.entries) {
            let value = StyledText(
                text: sanitizeLine(entry.cell.value.displayText(now: now)),
                tone: entry.cell.tone)
            let paddedLabel = StyledText(text: label, tone: nil)
                .padded(to: labelWidth, alignment: .right, color: false)
            lines.append("  " + paddedLabel + ": " + colorize(value.text, tone: value.tone, color: color))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func titleLines(_ title: String) -> [String] {
        let safe = sanitizeLine(title)
        guard !safe.isEmpty else { return [] }
        let underline = String(repeating: "-", count: displayWidth(of: safe))
        return [colorize(safe, tone: .heading, color: color), underline, ""]
    }

    private func cellText(_ cell: ReportCell, truncationWidth: Int, indent depth: Int) -> StyledText {
        var text = cell.value.displayText(now: now)
        // Printable ASCII (nearly every cell) is safe as it is and a cell a byte: one pass.
        var width = printableASCIIWidth(of: text)
        if width == nil { text = sanitizeLine(text) }
        if truncationWidth > 0, (width ?? .max) > truncationWidth {
            (text, width) = truncateMeasuring(text, toWidth: truncationWidth)
        }
        if depth > 0 {
            text = String(repeating: " ", count: 2 * depth) + text
            width = width.map { $0 + 2 * depth }
        }
        return StyledText(text: text, tone: cell.tone, width: width)
    }

    private func flatten(_ rows: [ReportRow], depth: Int) -> [(ReportRow, Int)] {
        rows.flatMap { row in [(row, depth)] + flatten(row.children, depth: depth + 1) }
    }
}

/// Sanitized cell text and its tone; colour is added after measuring so codes never count.
private struct StyledText {
    var text: String
    var tone: CellTone?
    /// Terminal cells the text takes, measured once.
    let width: Int

    /// `width` when the caller already knows it; measured otherwise.
    init(text: String, tone: CellTone?, width: Int? = nil) {
        self.text = text
        self.tone = tone
        self.width = width ?? displayWidth(of: text)
    }

    func padded(to width: Int, alignment: ColumnAlignment, color: Bool) -> String {
        var text = TextBytes(capacity: width + 16)
        append(to: &text, width: width, alignment: alignment, color: color, blanks: Blanks(upTo: width))
        return text.string
    }

    /// Appends the text, coloured when asked, padded with spaces to `width` cells.
    func append(to output: inout TextBytes, width: Int, alignment: ColumnAlignment, color: Bool, blanks: Blanks) {
        let extra = max(0, width - self.width)
        let styled = color ? colorize(text, tone: tone, color: true) : text
        switch alignment {
        case .left, .automatic:
            output.append(styled)
            blanks.append(extra, to: &output)
        case .right:
            blanks.append(extra, to: &output)
            output.append(styled)
        case .center:
            let left = extra / 2
            blanks.append(left, to: &output)
            output.append(styled)
            blanks.append(extra - left, to: &output)
        }
    }
}

/// Padding spaces, counted out of one run made per table instead of one string per cell.
private struct Blanks {
    private let run: [UInt8]

    init(upTo count: Int) {
        run = [UInt8](repeating: UInt8(ascii: " "), count: max(0, count))
    }

    func append(_ count: Int, to output: inout TextBytes) {
        guard count > 0 else { return }
        if count <= run.count {
            output.append(bytes: run[..<count])
        } else {
            output.append(bytes: [UInt8](repeating: UInt8(ascii: " "), count: count)[...])
        }
    }
}

/// The table's text as UTF-8 bytes, made into one `String` at the end.
private struct TextBytes {
    static let rowStart = Array("| ".utf8)[...]
    static let cellSeparator = Array(" | ".utf8)[...]
    static let rowEnd = Array(" |\n".utf8)[...]

    private var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: String) {
        var text = text
        // Native strings hand over their bytes in one copy.
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(bytes more: ArraySlice<UInt8>) {
        bytes.append(contentsOf: more)
    }

    mutating func appendNewline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The bytes as text; they came from valid strings, so nothing is repaired.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
