/// Where padding puts text inside a wider field.
public enum TextAlignment: Sendable, Hashable {
    /// Text first, spaces after.
    case left
    /// Spaces first, text after.
    case right
    /// Spaces split around the text; the odd space goes after it.
    case center
}

/// Pads text with spaces to `width` terminal cells.
///
/// Widths are measured in cells, so CJK and emoji line up. Text that is already as wide or
/// wider is returned unchanged (use `fit(_:toWidth:alignment:)` to also cut it).
public func pad(_ text: String, toWidth width: Int, alignment: TextAlignment = .left) -> String {
    let missing = width - displayWidth(of: text)
    guard missing > 0 else { return text }
    switch alignment {
    case .left:
        return text + String(repeating: " ", count: missing)
    case .right:
        return String(repeating: " ", count: missing) + text
    case .center:
        let before = missing / 2
        return String(repeating: " ", count: before) + text
            + String(repeating: " ", count: missing - before)
    }
}
