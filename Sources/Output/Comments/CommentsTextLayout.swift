import Foundation
import Reports
import TerminalText

/// The text layout of `comments`: per patch set, each comment with author, time and place,
/// paragraphs wrapped at 78 cells and kept apart.
public struct CommentsTextLayout {
    public var now: Date
    public var color: Bool
    public var width = 78

    public init(now: Date, color: Bool, width: Int = 78) {
        self.now = now
        self.color = color
        self.width = width
    }

    public func render(_ threads: CommentThreads) -> String {
        var lines: [String] = []
        var head = "Change \(threads.changeNumber)"
        if let url = threads.url { head += " " + sanitizeLine(url) }
        if let id = threads.changeId { head += " (" + sanitizeLine(id) + ")" }
        lines.append(paint(head, .heading))
        if let subject = threads.subject { lines.append("  " + sanitizeLine(subject)) }
        var facts: [String] = []
        if let project = threads.project { facts.append(sanitizeLine(project)) }
        facts.append(threads.unresolvedCount == 1 ? "1 unresolved comment" : "\(threads.unresolvedCount) unresolved comments")
        lines.append("  " + facts.joined(separator: " · "))
        for thread in threads.patchSets {
            lines.append("")
            lines += patchSetLines(thread)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func patchSetLines(_ thread: PatchSetThread) -> [String] {
        var head = "Patch set \(thread.number)"
        if let revision = thread.revision { head += " (" + sanitizeLine(String(revision.prefix(12))) + ")" }
        var uploaded: [String] = []
        if let uploader = thread.uploader { uploaded.append("by " + sanitizeLine(uploader.displayName)) }
        if let created = thread.createdOn { uploaded.append(ago(created)) }
        if !uploaded.isEmpty { head += " · uploaded " + uploaded.joined(separator: ", ") }
        if thread.isCurrent { head += " · current" }
        var lines = [paint(head, .heading)]
        if !thread.ci.results.isEmpty {
            let results = thread.ci.results.map { result in
                sanitizeLine(result.bot) + " " + paint(result.status.symbol, result.status.tone)
            }
            lines.append("  CI: " + results.joined(separator: "  "))
        }
        if thread.entries.isEmpty {
            lines.append("")
            lines.append("  " + paint("No comments", .muted))
        }
        for entry in thread.entries {
            lines.append("")
            lines += entryLines(entry)
        }
        if thread.hiddenBotEntries > 0 {
            lines.append("")
            let count = thread.hiddenBotEntries == 1 ? "1 bot comment" : "\(thread.hiddenBotEntries) bot comments"
            lines.append("  " + paint("(\(count) hidden; --all shows them)", .muted))
        }
        return lines
    }

    private func entryLines(_ entry: CommentEntry) -> [String] {
        let indent = entry.kind == .inline ? "    " : "  "
        var head: String
        switch entry.kind {
        case .message:
            head = paint(sanitizeLine(entry.authorName), .name)
            if let username = entry.author?.username, username != entry.authorName {
                head += " (" + sanitizeLine(username) + ")"
            }
            if let time = entry.timestamp { head += " · " + ago(time) }
            if let summary = entry.summary { head += ": " + sanitizeLine(summary) }
        case .inline:
            head = sanitizeLine(entry.location ?? "")
            if entry.unresolved == true { head += " " + paint("[unresolved]", .warning) }
        }
        var lines = [indent + head]
        let bodyIndent = indent + "  "
        for (index, paragraph) in entry.paragraphs.enumerated() {
            if index > 0 { lines.append("") }
            for line in sanitizeMultiline(paragraph).split(separator: "\n", omittingEmptySubsequences: false) {
                lines += wordWrap(String(line), width: width - bodyIndent.count).map { bodyIndent + $0 }
            }
        }
        return lines
    }

    private func ago(_ date: Date) -> String {
        let age = relativeAge(of: date, now: now)
        return age == "just now" ? age : age + " ago"
    }

    private func paint(_ text: String, _ tone: CellTone?) -> String {
        colorize(text, tone: tone, color: color)
    }
}
