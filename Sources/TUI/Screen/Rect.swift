/// A rectangle of cells, the region a view draws into.
///
/// Splitting never produces negative sizes: when there is not enough room, later parts get
/// less (down to empty), so views can draw into whatever they are given.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole of a screen of this size.
    public init(_ size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// How one part of a split is sized.
    public enum Length: Hashable, Sendable {
        /// Exactly this many cells (or what is left).
        case fixed(Int)
        /// This percentage of the whole length, rounded down.
        case percent(Int)
        /// An equal share of what fixed and percent parts leave over.
        case fill
    }

    public var minX: Int { x }
    public var minY: Int { y }
    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var size: Size { Size(width: width, height: height) }

    public var description: String { "(\(x),\(y) \(width)x\(height))" }

    public func contains(_ position: Position) -> Bool {
        position.x >= x && position.x < maxX && position.y >= y && position.y < maxY
    }

    /// The overlap of two rectangles (empty, at this origin, if none).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// This rectangle shrunk on each side.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// This rectangle shrunk by the same amount on all sides (1 = inside a box border).
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// Splits into rows stacked top to bottom.
    public func splitRows(_ lengths: [Length]) -> [Rect] {
        Self.divide(height, lengths).map { offset, length in
            Rect(x: x, y: y + offset, width: width, height: length)
        }
    }

    /// Splits into columns side by side, left to right.
    public func splitColumns(_ lengths: [Length]) -> [Rect] {
        Self.divide(width, lengths).map { offset, length in
            Rect(x: x + offset, y: y, width: length, height: height)
        }
    }

    /// The top `rows` rows and the rest below them.
    public func takeTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let parts = splitRows([.fixed(rows), .fill])
        return (parts[0], parts[1])
    }

    /// The bottom `rows` rows and the rest above them.
    public func takeBottom(_ rows: Int) -> (bottom: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        let parts = splitRows([.fixed(height - taken), .fill])
        return (parts[1], parts[0])
    }

    /// The left `columns` columns and the rest to their right.
    public func takeLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let parts = splitColumns([.fixed(columns), .fill])
        return (parts[0], parts[1])
    }

    /// The right `columns` columns and the rest to their left.
    public func takeRight(_ columns: Int) -> (right: Rect, rest: Rect) {
        let taken = min(max(0, columns), width)
        let parts = splitColumns([.fixed(width - taken), .fill])
        return (parts[1], parts[0])
    }

    /// Offsets and lengths along one axis. Fixed and percent parts are given room first in
    /// order; fill parts share the rest, the leftover cells going to the first fills.
    private static func divide(_ total: Int, _ lengths: [Length]) -> [(Int, Int)] {
        var remaining = max(0, total)
        var sizes = [Int](repeating: 0, count: lengths.count)
        for (i, length) in lengths.enumerated() {
            let wanted: Int
            switch length {
            case .fixed(let n): wanted = max(0, n)
            case .percent(let p): wanted = max(0, total * min(max(p, 0), 100) / 100)
            case .fill: continue
            }
            sizes[i] = min(wanted, remaining)
            remaining -= sizes[i]
        }
        let fills = lengths.indices.filter { lengths[$0] == .fill }
        if !fills.isEmpty {
            let share = remaining / fills.count
            var extra = remaining % fills.count
            for i in fills {
                sizes[i] = share + (extra > 0 ? 1 : 0)
                extra -= 1
            }
        }
        var offset = 0
        return sizes.map { size in
            defer { offset += size }
            return (offset, size)
        }
    }
}
