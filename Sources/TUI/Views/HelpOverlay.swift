import Store
import TerminalText

/// The `?` help: every command of the table with its keys and description, by group.
///
/// Generated from the command table and the keymap, so `[keys]` overrides show up here.
public enum HelpOverlay {
    /// The help text lines (without styles), for tests and the man page.
    public static func textLines(keymap: Keymap) -> [String] {
        lines(keymap: keymap, palette: .builtIn).map { $0.map(\.text).joined() }
    }

    /// The help lines with styles: one heading per command group, then key, id and help per
    /// command, the help wrapped under itself when it does not fit `width`.
    ///
    /// Narrower than 70 columns the command ids are left out, so the descriptions fit.
    public static func lines(keymap: Keymap, palette: Palette, width: Int = .max) -> [[Span]] {
        let showIDs = width >= 70
        let keyWidth = showIDs ? 14 : 10
        let indent = 2 + keyWidth + (showIDs ? 16 : 0)
        var lines: [[Span]] = []
        for group in CommandSpec.Group.allCases {
            let commands = keymap.table.commands.filter { $0.group == group }
            guard !commands.isEmpty else { continue }
            if !lines.isEmpty { lines.append([]) }
            lines.append([Span(group.rawValue, palette[.heading])])
            for command in commands {
                let keys = keymap.keys(for: command.id).map(Keymap.label).joined(separator: " ")
                var line = [Span("  " + fitted(keys.isEmpty ? "(palette)" : keys, keyWidth), palette[.key])]
                if showIDs { line.append(Span(fitted(command.usage, 16), palette[.dim])) }
                let room = width == .max ? Int.max : max(10, width - indent)
                let pieces = room == Int.max ? [command.help] : wordWrap(command.help, width: room)
                line.append(Span(pieces.first ?? "", palette[.help]))
                lines.append(line)
                for piece in pieces.dropFirst() {
                    lines.append([Span(String(repeating: " ", count: indent) + piece, palette[.help])])
                }
            }
        }
        return lines
    }

    /// Draws the help box centred over `area`, scrolled by `scroll` rows.
    /// The width inside the help box on a terminal of `size`.
    public static func innerWidth(for size: Size) -> Int {
        max(1, min(size.width, boxWidth) - 2)
    }

    private static let boxWidth = 84

    public static func draw(scroll: Int, keymap: Keymap, palette: Palette, in area: Rect, screen: inout Screen) {
        let width = min(area.width, boxWidth)
        let height = area.height
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: height)
        screen.fill(rect, style: palette[.help])
        let title = width >= 60 ? "Help · Esc closes · [keys] in ~/.gerrymander rebinds" : "Help · Esc closes"
        let inner = screen.box(rect, title: title,
                               border: .double, style: palette[.borderFocused], titleStyle: palette[.paneTitle])
        ScrolledLines.draw(lines(keymap: keymap, palette: palette, width: inner.width), offset: scroll, palette: palette, in: inner, screen: &screen)
    }

    private static func fitted(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
