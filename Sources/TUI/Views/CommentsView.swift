import Foundation
import Reports
import Store
import TerminalText

/// The comment threads of the selected change: newest patch set first, each with one CI line
/// and its comments in time order (author, time, votes, text, file:line). Bots' comments are
/// hidden unless `showBots` (the `b` key). What the pane lists is Reports' `CommentThreads`,
/// the same as `gerrymander comments` prints.
public enum CommentsView {
    /// Draws the comments pane (framed) into `rect`; scrolled by `model.scroll.comments`.
    public static func draw(_ model: TriageModel, focused: Bool, palette: Palette, in rect: Rect, screen: inout Screen) {
        let pane = model.comments.map(CommentsPane.init)
        let unresolved = pane?.unresolvedCount ?? 0
        let title = Pane.comments.title + (model.showBots ? " (all" : " (humans")
            + (unresolved > 0 ? " · \(unresolved) unresolved)" : ")")
        let inner = PaneFrame.draw(title: title, focused: focused, palette: palette, in: rect, screen: &screen)
        guard !inner.isEmpty else { return }
        guard let change = model.detail, let pane else {
            screen.textLines([[Span("No change selected.", palette[.dim])]], in: inner)
            return
        }
        guard model.detailIsFull || !change.comments.isEmpty else {
            let text = model.detailLoading ? "Loading comments…" : "Comments load when the change is opened (Enter)."
            screen.textLines([[Span(text, palette[.dim])]], in: inner)
            return
        }
        var threads: [Thread]? = []
        var drawn = lines(pane, model: model, palette: palette, threads: &threads)
        // The thread R and u act on is marked, so a reply never goes somewhere unexpected.
        if focused, let target = target(in: threads ?? [], scroll: model.scroll.comments, height: inner.height,
                                        marked: model.scroll.markedThread),
           drawn.indices.contains(target.lineIndex), !drawn[target.lineIndex].isEmpty {
            drawn[target.lineIndex][0] = Span(" ▸ ", palette[.selection])
        }
        ScrolledLines.draw(drawn, offset: model.scroll.comments, palette: palette, in: inner, screen: &screen)
    }

    /// The pane's lines, before scrolling: a CI line per patch set, then each message and the
    /// inline comments it published.
    public static func lines(_ pane: CommentsPane, model: TriageModel, palette: Palette) -> [[Span]] {
        var ignored: [Thread]?
        return lines(pane, model: model, palette: palette, threads: &ignored)
    }

    /// An inline comment thread as the pane draws it: the line it starts on and where it is.
    public struct Thread: Hashable, Sendable {
        public var lineIndex: Int
        public var patchSet: Int
        public var file: String
        public var line: Int?
        public var isUnresolved: Bool
    }

    /// The thread a reply goes to when the pane is scrolled to `scroll`: the first inline
    /// comment from the top of the pane down, or the last one above it when none is in view.
    public static func thread(at scroll: Int, height: Int, _ pane: CommentsPane, model: TriageModel,
                              palette: Palette) -> Thread? {
        var threads: [Thread]? = []
        _ = lines(pane, model: model, palette: palette, threads: &threads)
        return target(in: threads ?? [], scroll: scroll, height: height, marked: model.scroll.markedThread)
    }

    /// The thread R and u act on: the marked one while it is in view, else the first in view.
    static func target(in threads: [Thread], scroll: Int, height: Int, marked: Int? = nil) -> Thread? {
        if let marked, threads.indices.contains(marked),
           threads[marked].lineIndex >= scroll && threads[marked].lineIndex < scroll + max(1, height) {
            return threads[marked]
        }
        return AppState.firstThread(in: threads.map(\.lineIndex), scroll: scroll, page: height).map { threads[$0] }
    }

    static func lines(_ pane: CommentsPane, model: TriageModel, palette: Palette, threads: inout [Thread]?) -> [[Span]] {
        guard pane.patchSets.contains(where: { !$0.comments.isEmpty || !$0.ci.isEmpty || $0.hiddenBots > 0 }) else {
            return [[Span("No comments yet.", palette[.dim])]]
        }
        var lines: [[Span]] = []
        for patchSet in pane.patchSets {
            var header = [Span("PS\(patchSet.number)", palette[.heading])]
            for verdict in patchSet.ci {
                header += [Span(" " + verdict.bot + " ", palette[.bot]), Span(verdict.status.symbol, style(of: verdict.status, palette))]
            }
            if patchSet.hiddenBots > 0 {
                header.append(Span("  (\(patchSet.hiddenBots) from bots hidden)", palette[.dim]))
            }
            lines.append(header)
            var messageAuthor: String?
            for comment in patchSet.comments {
                switch comment.kind {
                case .message:
                    messageAuthor = comment.author
                    var head = [Span(" " + comment.author, comment.isBot ? palette[.bot] : palette[.commentAuthor]),
                                Span("  " + TimeText.timestamp(comment.time, timeZone: model.timeZone), palette[.age])]
                    if !comment.votes.isEmpty {
                        head.append(Span("  " + comment.votes, voteStyle(comment.votes, palette: palette)))
                    }
                    lines.append(head)
                    for line in comment.lines {
                        let role: Style = comment.isBot ? palette[.bot] : line.hasPrefix(">") ? palette[.quote] : palette[.text]
                        lines.append([Span("   " + line, role)])
                    }
                case .inline:
                    if let file = comment.file {
                        threads?.append(Thread(lineIndex: lines.count, patchSet: patchSet.number, file: file, line: comment.line,
                                               isUnresolved: comment.isUnresolved))
                    }
                    var place = [Span("   "), Span(comment.location ?? "", palette[.commentFile])]
                    if comment.isUnresolved { place.append(Span("  (unresolved)", palette[.warning])) }
                    // A comment whose author wrote no message on the patch set says whose it is.
                    if comment.author != messageAuthor {
                        place.append(Span("  " + comment.author, comment.isBot ? palette[.bot] : palette[.commentAuthor]))
                    }
                    lines.append(place)
                    for line in comment.lines {
                        lines.append([Span("     " + line, comment.isBot ? palette[.bot] : palette[.text])])
                    }
                }
            }
            lines.append([])
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    static func style(of status: CIStatus, _ palette: Palette) -> Style {
        switch status {
        case .passed: return palette[.votePositive]
        case .failed: return palette[.voteNegative]
        case .unknown: return palette[.voteNeutral]
        }
    }

    static func voteStyle(_ votes: String, palette: Palette) -> Style {
        if votes.contains("-2") { return palette[.voteRejected] }
        if votes.contains("-1") { return palette[.voteNegative] }
        if votes.contains("+2") { return palette[.voteApproved] }
        if votes.contains("+1") { return palette[.votePositive] }
        return palette[.dim]
    }
}
