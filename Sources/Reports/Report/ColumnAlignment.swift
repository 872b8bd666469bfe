/// How a column's cells sit inside its width in text mode.
public enum ColumnAlignment: String, Sendable, Hashable, CaseIterable {
    /// Right when every non-empty value is a number (int, double, percent, vote), else left.
    case automatic
    case left
    case right
    case center
}
