import Foundation
import Store
import TerminalText

/// The top line: program, connection, user@server, the refresh or a message, the list's
/// sort and filter; on the right the help and command keys.
public enum StatusBarView {
    /// Draws the status bar into `rect` (one row).
    public static func draw(_ status: StatusBar, palette: Palette, keymap: Keymap, in rect: Rect, screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let base = palette[.titleBar]
        func on(_ role: Style) -> Style {
            Style(foreground: role.foreground, background: base.background, attributes: role.attributes)
        }
        screen.fill(rect, style: base)
        let tone: Style
        switch status.connectionTone {
        case .good: tone = on(palette[.live])
        case .waiting: tone = base
        case .bad: tone = on(palette[.offline])
        }
        var left: [Span] = [Span(" gerrymander ", base.bold), Span(sanitizeLine(status.connection), tone)]
        if status.canRetry {
            left.append(Span(" · " + keymap.keyLabel(for: .refresh, limit: 1) + " retries", tone))
        }
        if let detail = status.connectionDetail {
            left.append(Span(" (" + sanitizeLine(detail) + ")", tone))
        }
        left.append(Span("  " + sanitizeLine(status.user) + "@" + sanitizeLine(status.server), base))
        if let message = status.message {
            left.append(Span("  " + sanitizeLine(message.text), message.kind == .error ? palette[.error] : on(palette[.info]).bold))
        } else if !status.refresh.isEmpty {
            left.append(Span("  " + sanitizeLine(status.refresh), base))
        }
        if status.pending > 0 {
            left.append(Span("  ⋯\(status.pending)", base))
        }
        if !status.listInfo.isEmpty {
            left.append(Span("  " + sanitizeLine(status.listInfo), base))
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
}
