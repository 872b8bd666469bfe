/// A grid of cells that views draw into; the terminal backend shows it.
///
/// Views never touch a terminal: they draw into a `Screen`, tests compare it as text
/// (`plainText()`, `styleMap(legend:)`), and the backend writes only what changed since the
/// last frame (`diff(from:)`).
///
/// Invariant: a cell of width 2 is always followed, in the same row, by a continuation cell,
/// and a continuation cell always follows a width-2 cell. Writes that would break a wide
/// character in half blank both halves instead.
public struct Screen: Hashable, Sendable {
    public private(set) var size: Size
    /// Row-major cells, `size.width * size.height` of them.
    public private(set) var cells: [Cell]

    /// A blank screen of the given size.
    public init(size: Size, style: Style = .plain) {
        let width = max(0, size.width)
        let height = max(0, size.height)
        self.size = Size(width: width, height: height)
        self.cells = Array(repeating: .blank(style), count: width * height)
    }

    public init(width: Int, height: Int) {
        self.init(size: Size(width: width, height: height))
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(size) }

    /// The cell at a column and row; a blank for positions off the screen.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank() }
        return cells[y * size.width + x]
    }

    /// One row of cells.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        guard y >= 0, y < size.height else { return [] }
        return cells[(y * size.width)..<((y + 1) * size.width)]
    }

    /// Sets one cell, keeping wide characters whole.
    ///
    /// A width-2 cell also takes the next column (as its continuation); it is replaced by a
    /// blank when it would stick out of the screen. Overwriting either half of an existing wide
    /// character blanks its other half.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height, !cell.isContinuation else { return }
        if cell.width == 2 && x + 1 >= size.width {
            set(.blank(cell.style), x: x, y: y)
            return
        }
        clearWideNeighbours(x: x, y: y)
        cells[y * size.width + x] = cell
        if cell.width == 2 {
            clearWideNeighbours(x: x + 1, y: y)
            cells[y * size.width + x + 1] = .continuation(cell.style)
        }
    }

    /// Writes `cell` (one column wide) over `columns` of row `y`, which must lie on the screen;
    /// a wide character cut at either end loses its other half, as with `set`.
    mutating func fillRow(_ y: Int, columns: Range<Int>, with cell: Cell) {
        guard let first = columns.first, let last = columns.last else { return }
        set(cell, x: first, y: y)
        set(cell, x: last, y: y)
        let row = y * size.width
        for index in (row + first)...(row + last) { cells[index] = cell }
    }

    /// Before writing at (x, y): if that cell is half of a wide character, blank the other half.
    private mutating func clearWideNeighbours(x: Int, y: Int) {
        let index = y * size.width + x
        let current = cells[index]
        if current.isContinuation && x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        } else if current.width == 2 && x + 1 < size.width {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
    }
}
