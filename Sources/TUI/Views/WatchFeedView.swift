import Foundation
import TerminalText

/// The live event feed, newest first, one line per event:
/// `12:41 87329 garyk      commented`.
public enum WatchFeedView {
    public static func draw(_ model: TriageModel, focused: Bool, palette: Palette, in rect: Rect, screen: inout Screen) {
        let inner = PaneFrame.draw(title: Pane.watch.title + " (\(model.feed.count))", focused: focused,
                                   palette: palette, in: rect, screen: &screen)
        guard !inner.isEmpty else { return }
        if model.feed.isEmpty {
            screen.textLines([[Span("Waiting for events…", palette[.dim])]], in: inner)
            return
        }
        let selected = model.selectedFeedItem ?? 0
        let top = TodoListView.pageTop(selected: selected, height: inner.height)
        for (offset, item) in model.feed.dropFirst(top).prefix(inner.height).enumerated() {
            let isSelected = focused && top + offset == model.selectedFeedItem
            let line = Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1)
            var spans = [
                Span(TimeText.clock(item.time, timeZone: model.timeZone) + " ", palette[.age]),
                Span(fit(item.changeNumber.map(String.init) ?? "", toWidth: 6) + " ", palette[.changeNumber]),
                Span(fit(item.who, toWidth: 14) + " ", item.isBot ? palette[.bot] : palette[.owner]),
                Span(item.what, item.isHighlighted ? palette[.voteNegative].bold : item.isBot ? palette[.bot] : palette[.text]),
            ]
            if isSelected {
                let selection = palette[.selection]
                spans = spans.map { Span($0.text, selection) }
                screen.fill(line, style: selection)
            }
            screen.textLines([spans], in: line)
        }
    }
}
