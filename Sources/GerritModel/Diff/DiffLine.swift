/// One line of a hunk, with its number on each side it exists on.
public struct DiffLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// On both sides.
        case context
        /// Only on the new side.
        case added
        /// Only on the old side.
        case removed
    }

    public var kind: Kind
    /// The text without the leading marker or the newline (untrusted: sanitize before drawing).
    public var text: String
    /// The line number on the old side (context and removed lines).
    public var oldNumber: Int?
    /// The line number on the new side (context and added lines).
    public var newNumber: Int?
    /// The part of the line that changed against its partner line on the other side, in
    /// characters (`Character` offsets into `text`), when the two lines are alike enough.
    public var changed: Range<Int>?
    /// Git said "\ No newline at end of file" after it.
    public var missingNewline: Bool

    public init(kind: Kind, text: String, oldNumber: Int? = nil, newNumber: Int? = nil, changed: Range<Int>? = nil,
                missingNewline: Bool = false) {
        self.kind = kind
        self.text = text
        self.oldNumber = oldNumber
        self.newNumber = newNumber
        self.changed = changed
        self.missingNewline = missingNewline
    }
}
