/// The terminal size in cells, as the last resize reported it.
public struct TerminalSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Columns from which list and detail sit side by side (SCREENS.md).
    public static let wideThreshold = 140
}
