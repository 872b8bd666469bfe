import Foundation

/// One review message in the comments pane, with the patch set it was written on.
public struct CommentEntry: Sendable, Hashable {
    /// The patch set ("Patch Set 3: …" prefix), when the message names one.
    public var patchSet: Int?
    /// The author's display name.
    public var author: String
    public var isBot: Bool
    public var at: Date?
    /// The message without Gerrit's "Patch Set N:" prefix line.
    public var text: String

    public init(patchSet: Int?, author: String, isBot: Bool, at: Date?, text: String) {
        self.patchSet = patchSet
        self.author = author
        self.isBot = isBot
        self.at = at
        self.text = text
    }
}

/// The comments pane's content: the messages shown and how many bot messages are hidden.
public struct CommentThread: Sendable, Hashable {
    public var entries: [CommentEntry]
    /// Bot messages left out while bots are hidden (the view says "48 bot messages hidden · b").
    public var hiddenBotMessages: Int

    public init(entries: [CommentEntry], hiddenBotMessages: Int) {
        self.entries = entries
        self.hiddenBotMessages = hiddenBotMessages
    }
}
