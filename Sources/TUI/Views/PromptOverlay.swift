import Store
import TerminalText

/// The `:` command palette and the `/` filter prompt, drawn over the key-hint bar; the
/// palette also lists what it understands above it.
public enum PromptOverlay {
    /// "Code-Review +2, Workflow +1 on 87329,3 — y/n" over the hint bar.
    public static func drawConfirmation(_ question: String, palette: Palette, layout: ScreenLayout, screen: inout Screen) {
        let bar = layout.hintBar
        screen.fill(bar, style: palette[.warning].reverse)
        screen.put([Span(" " + sanitizeLine(question) + " — ", palette[.warning].reverse),
                    Span("y", palette[.key]), Span(" yes · ", palette[.prompt]), Span("n", palette[.key]),
                    Span(" no", palette[.prompt])], at: Position(x: bar.x, y: bar.y), clip: bar)
    }

    /// The `/` prompt with the filter typed so far, over the hint bar.
    public static func drawFilter(_ text: String, palette: Palette, layout: ScreenLayout, screen: inout Screen) {
        let bar = layout.hintBar
        screen.fill(bar, style: palette[.prompt])
        screen.put([Span("/", palette[.key]), Span(sanitizeLine(text), palette[.prompt]), Span("█", palette[.prompt]),
                    Span("   Enter keeps · Esc clears", palette[.dim])], at: Position(x: bar.x, y: bar.y), clip: bar)
    }

    /// The `:` prompt over the hint bar, with the store's completions above it (the
    /// highlighted one is what Tab puts in and Enter runs when the text names nothing).
    public static func drawPalette(_ text: String, completions: [PaletteCompletion], selection: Int, keymap: Keymap,
                                   palette: Palette, layout: ScreenLayout, screen: inout Screen) {
        let bar = layout.hintBar
        let height = min(completions.count, max(0, layout.body.height - 1), 12)
        let list = Rect(x: layout.body.x, y: bar.y - height, width: layout.body.width, height: height)
        screen.fill(list, style: palette[.help])
        // Keep the highlighted line in view.
        let first = max(0, min(selection - height + 1, completions.count - height))
        for (offset, entry) in completions.dropFirst(first).prefix(height).enumerated() {
            let keys = entry.title.split(separator: " ").first.flatMap { CommandID(rawValue: String($0)) }
                .map { keymap.keyLabel(for: $0) } ?? ""
            let highlighted = first + offset == selection
            screen.textLines([[Span(" " + fit(entry.title, toWidth: 24), highlighted ? palette[.selection] : palette[.key]),
                               Span(" " + fit(keys, toWidth: 8), palette[.dim]), Span(" " + entry.help, palette[.help])]],
                             in: Rect(x: list.x, y: list.y + offset, width: list.width, height: 1))
        }
        screen.fill(bar, style: palette[.prompt])
        screen.put([Span(":", palette[.key]), Span(sanitizeLine(text), palette[.prompt]), Span("█", palette[.prompt]),
                    Span("   Tab completes · Enter runs · Esc closes", palette[.dim])], at: Position(x: bar.x, y: bar.y), clip: bar)
    }
}
