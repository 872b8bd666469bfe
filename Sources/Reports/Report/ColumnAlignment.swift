/// How a column's cells sit inside its width in text mode.
public enum ColumnAlignment: String, Sendable, Hashable, CaseIterable {
    case left
    case right
    case center
}
