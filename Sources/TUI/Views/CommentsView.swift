import Foundation
import Store
import TerminalText

/// The comment threads of the selected change: newest patch set first, messages in time
/// order with author, time and file:line, and one CI summary line per patch set. Bots are
/// hidden unless `showBots` (the `b` key).
public enum CommentsView {
    /// Draws the comments pane (framed) into `rect`; scrolled by `model.scroll.comments`.
    public static func draw(_ model: TriageModel, focused: Bool, palette: Palette, in rect: Rect, screen: inout Screen) {
        let unresolved = model.detail.map { change in
            change.patchSets.reduce(0) { $0 + $1.comments.filter { $0.unresolved == true }.count }
        } ?? 0
        let title = Pane.comments.title + (model.showBots ? " (all" : " (humans")
            + (unresolved > 0 ? " · \(unresolved) unresolved)" : ")")
        let inner = PaneFrame.draw(title: title, focused: focused, palette: palette, in: rect, screen: &screen)
        guard !inner.isEmpty else { return }
        guard let change = model.detail else {
            screen.textLines([[Span("No change selected.", palette[.dim])]], in: inner)
            return
        }
        guard model.detailIsFull || !change.comments.isEmpty else {
            let text = model.detailLoading ? "Loading comments…" : "Comments load when the change is opened (Enter)."
            screen.textLines([[Span(text, palette[.dim])]], in: inner)
            return
        }
        let threads = CommentThreads(change: change, showBots: model.showBots, isBot: model.isBot)
        ScrolledLines.draw(lines(threads, model: model, palette: palette), offset: model.scroll.comments,
                           palette: palette, in: inner, screen: &screen)
    }

    /// The pane's lines, before scrolling: a CI header per patch set, then each message and its inline comments.
    public static func lines(_ threads: CommentThreads, model: TriageModel, palette: Palette) -> [[Span]] {
        var lines: [[Span]] = []
        if threads.patchSets.isEmpty {
            return [[Span("No comments yet.", palette[.dim])]]
        }
        for thread in threads.patchSets {
            var header = [Span("PS\(thread.number)", palette[.heading])]
            for (name, status) in thread.ci {
                let role: Style = status == .passed ? palette[.votePositive] : status == .failed ? palette[.voteNegative] : palette[.voteNeutral]
                header += [Span(" " + name + " ", palette[.bot]), Span(status.symbol, role)]
            }
            if thread.hiddenBots > 0 {
                header.append(Span("  (\(thread.hiddenBots) from bots hidden)", palette[.dim]))
            }
            lines.append(header)
            for entry in thread.entries {
                var head = [Span(" " + entry.author, entry.isBot ? palette[.bot] : palette[.commentAuthor]),
                            Span("  " + TimeText.timestamp(entry.time, timeZone: model.timeZone), palette[.age])]
                if !entry.votes.isEmpty {
                    head.append(Span("  " + entry.votes, voteStyle(entry.votes, palette: palette)))
                }
                lines.append(head)
                for line in entry.body {
                    let quoted = line.hasPrefix(">")
                    lines.append([Span("   " + line, entry.isBot ? palette[.bot] : quoted ? palette[.quote] : palette[.text])])
                }
                for comment in entry.inline {
                    lines.append([Span("   "), Span(comment.location, palette[.commentFile])])
                    lines.append([Span("     " + comment.text, palette[.text])])
                }
            }
            lines.append([])
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    static func voteStyle(_ votes: String, palette: Palette) -> Style {
        if votes.contains("-2") { return palette[.voteRejected] }
        if votes.contains("-1") { return palette[.voteNegative] }
        if votes.contains("+2") { return palette[.voteApproved] }
        if votes.contains("+1") { return palette[.votePositive] }
        return palette[.dim]
    }
}
