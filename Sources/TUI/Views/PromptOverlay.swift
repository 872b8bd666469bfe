import TerminalText

/// The `:` command line and the `/` filter prompt, drawn over the key-hint bar; the command
/// line also lists matching commands above it.
public enum PromptOverlay {
    /// Commands whose id or description contains the typed text, in table order.
    public static func matches(_ text: String, keymap: Keymap) -> [Command] {
        let query = text.lowercased().trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return keymap.table.commands }
        return keymap.table.commands.filter {
            $0.id.rawValue.contains(query) || $0.help.lowercased().contains(query)
        }
    }

    public static func draw(_ overlay: Overlay, keymap: Keymap, palette: Palette, layout: ScreenLayout, screen: inout Screen) {
        let bar = layout.hintBar
        switch overlay {
        case .help:
            return
        case .filter(let text):
            screen.fill(bar, style: palette[.prompt])
            screen.put([Span("/", palette[.key]), Span(sanitizeLine(text), palette[.prompt]), Span("█", palette[.prompt]),
                        Span("   Enter keeps · Esc clears", palette[.dim])], at: Position(x: bar.x, y: bar.y), clip: bar)
        case .palette(let text):
            let found = matches(text, keymap: keymap)
            let height = min(found.count, max(0, layout.body.height - 1), 10)
            let list = Rect(x: layout.body.x, y: bar.y - height, width: layout.body.width, height: height)
            screen.fill(list, style: palette[.help])
            for (offset, command) in found.prefix(height).enumerated() {
                let keys = keymap.keyLabel(for: command.id)
                screen.textLines([[Span(" " + fit(command.id.rawValue, toWidth: 17), offset == 0 ? palette[.selection] : palette[.key]),
                                   Span(fit(keys, toWidth: 8) + " ", palette[.dim]), Span(command.help, palette[.help])]],
                                 in: Rect(x: list.x, y: list.y + offset, width: list.width, height: 1))
            }
            screen.fill(bar, style: palette[.prompt])
            screen.put([Span(":", palette[.key]), Span(sanitizeLine(text), palette[.prompt]), Span("█", palette[.prompt])],
                       at: Position(x: bar.x, y: bar.y), clip: bar)
        }
    }
}
