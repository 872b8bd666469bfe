/// The built-in editor's state: what the text is for and the text itself.
public struct Compose: Sendable, Hashable {
    public var purpose: ComposePurpose
    public var text: ComposeText
    /// Lines shown above the text to reply to (a quoted thread), not part of what is sent.
    public var context: [String]
    /// The unsent review that keeps the text while it is typed (saved as it changes), so a
    /// terminal closed mid-sentence loses nothing; nil until something is typed.
    public var draftID: Int?

    public init(purpose: ComposePurpose, text: ComposeText = ComposeText(), context: [String] = [], draftID: Int? = nil) {
        self.purpose = purpose
        self.text = text
        self.context = context
        self.draftID = draftID
    }
}
