import Foundation
import GerritClient
import TerminalText

/// The top line: program, server, user, connection state, last refresh or a message; on the
/// right the help and command keys.
public enum StatusBarView {
    public static func draw(_ status: StatusInfo, now: Date, timeZone: TimeZone, palette: Palette,
                            keymap: Keymap, in rect: Rect, screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let base = palette[.titleBar]
        screen.fill(rect, style: base)
        var left: [Span] = [Span(" gerrymander ", base.bold)]
        left.append(connectionSpan(status.connection, palette: palette, base: base))
        left.append(Span("  " + sanitizeLine(status.user) + "@" + sanitizeLine(status.server), base))
        if let message = status.message {
            left.append(Span("  " + sanitizeLine(message), status.messageIsError ? palette[.error] : base))
        } else if let refreshed = status.lastRefresh {
            left.append(Span("  refreshed " + TimeText.clock(refreshed, timeZone: timeZone), base))
        }
        let right = [
            Span(keymap.keyLabel(for: .help, limit: 1), base.bold), Span(" help  ", base),
            Span(keymap.keyLabel(for: .commandPalette, limit: 1), base.bold), Span(" commands ", base),
        ]
        let rightWidth = right.reduce(0) { $0 + displayWidth(of: $1.text) }
        let leftWidth = left.reduce(0) { $0 + displayWidth(of: $1.text) }
        if leftWidth + rightWidth + 1 <= rect.width {
            screen.put(right, at: Position(x: rect.maxX - rightWidth, y: rect.y), clip: rect)
            screen.put(left, at: Position(x: rect.x, y: rect.y), clip: rect)
        } else {
            screen.textLines([left], in: rect)
        }
    }

    /// `● live`, `◌ connecting…`, `↻ reconnecting (2)`, `○ offline: why`.
    static func connectionSpan(_ state: ConnectionState, palette: Palette, base: Style) -> Span {
        func on(_ role: Style) -> Style {
            Style(foreground: role.foreground, background: base.background, attributes: role.attributes)
        }
        switch state {
        case .live: return Span("● live", on(palette[.live]))
        case .connecting: return Span("◌ connecting…", base)
        case .reconnecting(let attempt, _): return Span("↻ reconnecting (\(attempt))", on(palette[.warning]))
        case .offline(let reason): return Span("○ offline: " + sanitizeLine(reason), on(palette[.offline]))
        }
    }
}
