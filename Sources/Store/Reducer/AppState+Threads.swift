extension AppState {
    /// `]` and `[` in the comments pane: marks the next or previous comment thread and scrolls
    /// it into view. The TUI measured where the threads are (`textMetrics.threadLines`).
    mutating func markThread(by step: Int) {
        guard focus == .comments, var current = detail else { return }
        let lines = textMetrics.threadLines
        guard !lines.isEmpty else {
            addMessage("No comment threads on this change")
            return
        }
        let page = max(1, textMetrics.textPage)
        let scroll = current.commentScroll
        let target: Int
        if let index = current.markedThread, lines.indices.contains(index),
           lines[index] >= scroll && lines[index] < scroll + page {
            target = index + step
        } else if let first = Self.firstThread(in: lines, scroll: scroll, page: page) {
            // Nothing chosen in view: the pane marks its first thread; step from that one.
            target = first + step
        } else {
            // No thread in or above the view: the next one down, or the last one above.
            target = step > 0 ? (lines.firstIndex { $0 >= scroll } ?? lines.count - 1) : (lines.lastIndex { $0 < scroll } ?? 0)
        }
        let clamped = min(max(0, target), lines.count - 1)
        current.markedThread = clamped
        let line = lines[clamped]
        if line < scroll || line >= scroll + page {
            current.commentScroll = min(line, max(0, textMetrics.textScrollLimit))
        }
        detail = current
    }

    /// The thread the pane marks when none is chosen: the first in view, else the last above.
    public static func firstThread(in lines: [Int], scroll: Int, page: Int) -> Int? {
        lines.firstIndex { $0 >= scroll && $0 < scroll + max(1, page) } ?? lines.lastIndex { $0 < scroll }
    }
}
