/// What is drawn over the panes, if anything; it takes the keys while open.
public enum Overlay: Sendable, Hashable {
    /// Nothing: keys go to the focused pane.
    case none
    /// The `?` help overlay.
    case help
    /// The `:` command palette: the text typed so far and the highlighted completion.
    case palette(input: String, selection: Int)
    /// The built-in editor, writing a message or a reply.
    case compose(Compose)
    /// The review form: a vote per label and a message.
    case reviewForm(ReviewForm)
}
