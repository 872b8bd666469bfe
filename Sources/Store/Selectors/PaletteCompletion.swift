/// One line of the `:` palette's list: what it runs, what it does, and the text Tab puts in.
public struct PaletteCompletion: Sendable, Hashable {
    /// How it reads in the list: `open-change NUMBER`, `tab approvable`.
    public var title: String
    /// One line of help.
    public var help: String
    /// The palette text after Tab: `open-change `, `tab approvable`.
    public var completion: String

    public init(title: String, help: String, completion: String) {
        self.title = title
        self.help = help
        self.completion = completion
    }
}
