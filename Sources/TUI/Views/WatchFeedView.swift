import Foundation
import Store
import TerminalText

/// The live event feed, newest first, one line per event:
/// `12:41 87329 garyk      commented (Code-Review -1)`.
public enum WatchFeedView {
    /// Draws the watch pane (framed, with its count and badge) into `rect`.
    public static func draw(_ model: TriageModel, focused: Bool, palette: Palette, in rect: Rect, screen: inout Screen) {
        let badge = model.watchBadge > 0 ? " · \(model.watchBadge) for you" : ""
        let inner = PaneFrame.draw(title: Pane.watch.title + " (\(model.feed.count))" + badge, focused: focused,
                                   palette: palette, in: rect, screen: &screen)
        guard !inner.isEmpty else { return }
        if model.feed.isEmpty {
            screen.textLines([[Span("Waiting for events…", palette[.dim])]], in: inner)
            return
        }
        let selected = min(model.scroll.watch, model.feed.count - 1)
        let top = max(0, selected - inner.height + 1)
        for (offset, entry) in model.feed.dropFirst(top).prefix(inner.height).enumerated() {
            let isSelected = focused && top + offset == selected
            let line = Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1)
            let whatStyle = entry.concernsMe ? palette[.voteNegative].bold : entry.actorIsBot ? palette[.bot] : palette[.text]
            var spans = [
                Span(TimeText.clock(entry.at, timeZone: model.timeZone) + " ", palette[.age]),
                Span(fit(entry.change.map(String.init) ?? "", toWidth: 6) + " ", palette[.changeNumber]),
                Span(fit(sanitizeLine(entry.actor), toWidth: 14) + " ", entry.actorIsBot ? palette[.bot] : palette[.owner]),
                Span(sanitizeLine(entry.summary), whatStyle),
            ]
            if let subject = entry.subject, inner.width > 70 {
                spans.append(Span("  " + sanitizeLine(subject), palette[.dim]))
            }
            if isSelected {
                let selection = palette[.selection]
                spans = spans.map { Span($0.text, selection) }
                screen.fill(line, style: selection)
            }
            screen.textLines([spans], in: line)
        }
    }
}
