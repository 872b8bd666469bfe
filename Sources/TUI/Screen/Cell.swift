/// One terminal cell: a grapheme cluster, how many columns it covers, and its style.
///
/// A wide character (width 2) is followed by a continuation cell (width 0, empty text) that the
/// terminal covers with the character's right half.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown; "" in a continuation cell.
    public var text: String
    /// 1 for normal cells, 2 for the first half of a wide character, 0 for its second half.
    public var width: Int
    public var style: Style

    public init(_ text: String, width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(" ", width: 1, style: style)
    }

    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell {
        Cell("", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }
}
