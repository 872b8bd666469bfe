/// The commit message as Gerrit shows it in a diff: the pseudo file `/COMMIT_MSG`, whose line
/// numbers are what inline comments on the message refer to.
///
/// Gerrit writes a header before the message (parent, author, committer and their dates, then a
/// blank line), so line 1 of the message proper is line 7 of the file.
public enum CommitMessageFile {
    /// Gerrit's name for it.
    public static let path = "/COMMIT_MSG"

    /// One commit's facts, as git prints them.
    public struct Commit: Hashable, Sendable {
        /// The first parent's abbreviated id and subject, when known.
        public var parent: String?
        public var author: String
        public var authorDate: String
        public var committer: String
        public var commitDate: String
        public var message: String

        public init(parent: String?, author: String, authorDate: String, committer: String, commitDate: String, message: String) {
            self.parent = parent
            self.author = author
            self.authorDate = authorDate
            self.committer = committer
            self.commitDate = commitDate
            self.message = message
        }
    }

    /// The lines of the file for `commit`.
    public static func lines(_ commit: Commit) -> [String] {
        var lines: [String] = []
        if let parent = commit.parent { lines.append("Parent:     " + parent) }
        lines += ["Author:     " + commit.author, "AuthorDate: " + commit.authorDate,
                  "Commit:     " + commit.committer, "CommitDate: " + commit.commitDate, ""]
        return lines + messageLines(commit.message)
    }

    /// A message's lines, without the empty one its final newline would add.
    public static func messageLines(_ message: String) -> [String] {
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The `/COMMIT_MSG` entry of a diff from the old side's lines (nil: compared with the
    /// parent, where the whole message is new) to the new side's; nil when they are the same.
    public static func fileDiff(old: [String]?, new: [String]) -> FileDiff? {
        let hunks = LineDiff.hunks(old: old ?? [], new: new)
        guard !hunks.isEmpty else { return nil }
        return FileDiff(path: path, status: old == nil ? .added : .modified, hunks: hunks)
    }
}
