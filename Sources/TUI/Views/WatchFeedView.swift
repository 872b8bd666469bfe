import Foundation
import Reports
import Store
import TerminalText

/// The live event feed, newest first, one line per event:
/// `▼ 12:41 87329  Gary Kotton    commented (Code-Review -1)  libvirt: Use os_command_line`.
///
/// The words are Reports' `EventSummary` (what `gerrymander watch` prints). An entry that
/// concerns me gets a small marker of its kind in the kind's colour, and so does what it says;
/// the rest of the line stays as quiet as any other.
public enum WatchFeedView {
    /// Draws the watch pane (framed, with its count and badge) into `rect`.
    public static func draw(_ model: TriageModel, focused: Bool, palette: Palette, in rect: Rect, screen: inout Screen) {
        let badge = model.watchBadge > 0 ? " · \(model.watchBadge) for you" : ""
        let inner = PaneFrame.draw(title: Pane.watch.title + " (\(model.feedCount))" + badge, focused: focused,
                                   palette: palette, in: rect, screen: &screen)
        guard !inner.isEmpty else { return }
        if model.feed.isEmpty {
            screen.textLines([[Span("Waiting for events…", palette[.dim])]], in: inner)
            return
        }
        let selected = min(model.scroll.watch, model.feedCount - 1)
        let top = max(0, selected - inner.height + 1)
        for (offset, entry) in model.feed.dropFirst(top).prefix(inner.height).enumerated() {
            let isSelected = focused && top + offset == selected
            let line = Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1)
            let summary = entry.summary
            let marker = entry.concern.map { self.marker(for: $0, palette: palette) } ?? ("  ", palette[.text])
            let whatStyle = entry.concern != nil ? marker.1 : summary.isBot ? palette[.bot] : palette[.text]
            var spans = [
                Span(marker.0, marker.1),
                Span(TimeText.clock(summary.time, timeZone: model.timeZone) + " ", palette[.age]),
                Span(fit(summary.changeNumber.map(String.init) ?? "", toWidth: 6) + " ", palette[.changeNumber]),
                Span(fit(sanitizeLine(summary.actorName ?? ""), toWidth: 14) + " ", summary.isBot ? palette[.bot] : palette[.owner]),
                Span(sanitizeLine(summary.headline), whatStyle),
            ]
            if let subject = summary.subject, inner.width > 70 {
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

    /// The marker (and its colour) of an entry that concerns me: ▼ a −1/−2 on my change,
    /// ↩ a comment where I own or commented, ↑ a new patch set of a change I review.
    static func marker(for concern: EventConcern, palette: Palette) -> (String, Style) {
        switch concern {
        case .negativeVoteOnMine: return ("▼ ", quiet(palette[.voteNegative]))
        case .replyToMe: return ("↩ ", quiet(palette[.commentAuthor]))
        case .newPatchSetOnReviewed: return ("↑ ", quiet(palette[.changeNumber]))
        }
    }

    /// The role's colours without bold: a marker points, it does not shout.
    private static func quiet(_ style: Style) -> Style {
        Style(foreground: style.foreground, background: style.background, attributes: style.attributes.subtracting(.bold))
    }
}
