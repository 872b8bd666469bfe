/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// A button (1 left, 2 middle, 3 right) went down or was clicked.
        case press(button: Int)
        /// A button came up.
        case release(button: Int)
        case scrollUp
        case scrollDown
    }

    public var kind: Kind
    public var position: Position

    public init(_ kind: Kind, at position: Position) {
        self.kind = kind
        self.position = position
    }
}
