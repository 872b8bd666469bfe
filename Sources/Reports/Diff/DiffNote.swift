import GerritModel

/// An inline comment placed in a diff: on the new side (the shown patch set's comments) or the
/// old side (the base patch set's, in an inter-patch-set diff).
public struct DiffNote: Hashable, Sendable {
    public enum Side: Hashable, Sendable { case old, new }

    /// The patch set the comment was written on: where a reply goes.
    public var patchSet: Int
    public var side: Side
    public var file: String
    /// The line it is on; nil for a comment on the whole file.
    public var line: Int?
    /// The author's name (untrusted: sanitize before drawing).
    public var author: String
    public var isBot: Bool
    public var isUnresolved: Bool
    /// The text, one string per line (untrusted).
    public var lines: [String]

    public init(patchSet: Int, side: Side, file: String, line: Int?, author: String, isBot: Bool, isUnresolved: Bool,
                lines: [String]) {
        self.patchSet = patchSet
        self.side = side
        self.file = file
        self.line = line
        self.author = author
        self.isBot = isBot
        self.isUnresolved = isUnresolved
        self.lines = lines
    }

    /// The notes of `change` that belong in a diff of `patchSet` against `base`, bots' only
    /// when `includeBots`, in the server's order.
    public static func notes(of change: Change?, patchSet: Int, base: DiffBase, bots: BotMatcher,
                             includeBots: Bool) -> (notes: [DiffNote], hiddenBots: Int) {
        guard let change else { return ([], 0) }
        var notes: [DiffNote] = []
        var hidden = 0
        let sides: [(Int, Side)] = [(patchSet, .new)] + (base.patchSetNumber.map { [($0, Side.old)] } ?? [])
        for (number, side) in sides {
            guard let set = change.patchSets.first(where: { $0.number == number }) else { continue }
            // The commit message is a file of the diff; other pseudo files are not.
            for comment in set.comments where !comment.file.hasPrefix("/") || comment.file == CommitMessageFile.path {
                let isBot = bots.isBot(comment.reviewer)
                if isBot && !includeBots { hidden += 1; continue }
                notes.append(DiffNote(patchSet: number, side: side, file: comment.file, line: comment.line,
                                      author: comment.reviewer?.displayName ?? "unknown", isBot: isBot,
                                      isUnresolved: comment.unresolved == true,
                                      lines: comment.message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
            }
        }
        return (notes, hidden)
    }
}
