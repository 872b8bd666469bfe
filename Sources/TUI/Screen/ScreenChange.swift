/// A run of changed cells in one row, as the backend writes it.
///
/// `cells` start at `column` and include continuation cells, so a run always covers whole
/// wide characters; the backend skips continuation cells when writing (the terminal fills them).
public struct ScreenChange: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var cells: [Cell]

    public init(row: Int, column: Int, cells: [Cell]) {
        self.row = row
        self.column = column
        self.cells = cells
    }
}

extension Screen {
    /// The runs of cells that differ from `old`, row by row, left to right.
    ///
    /// With no old screen, or one of another size, every row is one change (a full repaint).
    /// A run that would start on the right half of a wide character starts on its left half,
    /// and one that ends on a wide character's left half takes its right half too.
    public func diff(from old: Screen?) -> [ScreenChange] {
        guard let old, old.size == size else {
            return (0..<size.height).map { y in
                ScreenChange(row: y, column: 0, cells: Array(row(y)))
            }
        }
        var changes: [ScreenChange] = []
        let width = size.width
        for y in 0..<size.height {
            let base = y * width
            var x = 0
            while x < width {
                guard cells[base + x] != old.cells[base + x] else {
                    x += 1
                    continue
                }
                var start = x
                if cells[base + start].isContinuation && start > 0 { start -= 1 }
                var end = x + 1
                while end < width && cells[base + end] != old.cells[base + end] {
                    end += 1
                }
                if end < width && cells[base + end].isContinuation { end += 1 }
                if let last = changes.last, last.row == y, last.column + last.cells.count >= start {
                    // Overlaps the previous run after widening: merge them.
                    let from = last.column
                    changes[changes.count - 1] = ScreenChange(row: y, column: from, cells: Array(cells[(base + from)..<(base + end)]))
                } else {
                    changes.append(ScreenChange(row: y, column: start, cells: Array(cells[(base + start)..<(base + end)])))
                }
                x = end
            }
        }
        return changes
    }
}
