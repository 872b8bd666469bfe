/// The built-in editor's state: what the text is for and the text itself.
public struct Compose: Sendable, Hashable {
    public var purpose: ComposePurpose
    public var text: ComposeText
    /// Lines shown above the text to reply to (a quoted thread), not part of what is sent.
    public var context: [String]

    public init(purpose: ComposePurpose, text: ComposeText = ComposeText(), context: [String] = []) {
        self.purpose = purpose
        self.text = text
        self.context = context
    }
}
