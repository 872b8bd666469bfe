import Store
import TerminalText

/// The `:` command palette and the `/` filter prompt, drawn over the key-hint bar; the
/// palette also lists what it understands above it.
public enum PromptOverlay {
    /// Palette entries: the store's palette words, then the command table's ids (which run as
    /// their keys would).
    public static func entries(keymap: Keymap) -> [(name: String, keys: String, help: String)] {
        let words = PaletteCommand.commands.map { (name: $0.name, keys: "", help: $0.help) }
        let known = Set(words.map { $0.name.split(separator: " ").first.map(String.init) ?? $0.name })
        let commands = keymap.table.commands.filter { !known.contains($0.id.rawValue) }
            .map { (name: $0.id.rawValue, keys: keymap.keyLabel(for: $0.id), help: $0.help) }
        return words + commands
    }

    /// Entries whose name or help contains the first typed word.
    public static func matches(_ text: String, keymap: Keymap) -> [(name: String, keys: String, help: String)] {
        let word = text.lowercased().split(separator: " ").first.map(String.init) ?? ""
        let all = entries(keymap: keymap)
        guard !word.isEmpty else { return all }
        return all.filter { $0.name.lowercased().hasPrefix(word) || $0.help.lowercased().contains(word) }
    }

    /// "Post Code-Review +2 on 87329,3? y/n" over the hint bar.
    public static func drawConfirmation(_ question: String, palette: Palette, layout: ScreenLayout, screen: inout Screen) {
        let bar = layout.hintBar
        screen.fill(bar, style: palette[.warning].reverse)
        screen.put([Span(" " + sanitizeLine(question) + "  ", palette[.warning].reverse),
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

    /// The `:` prompt over the hint bar, with the matching palette words above it.
    public static func drawPalette(_ text: String, keymap: Keymap, palette: Palette, layout: ScreenLayout, screen: inout Screen) {
        let bar = layout.hintBar
        let found = matches(text, keymap: keymap)
        let height = min(found.count, max(0, layout.body.height - 1), 12)
        let list = Rect(x: layout.body.x, y: bar.y - height, width: layout.body.width, height: height)
        screen.fill(list, style: palette[.help])
        for (offset, entry) in found.prefix(height).enumerated() {
            screen.textLines([[Span(" " + fit(entry.name, toWidth: 18), offset == 0 ? palette[.selection] : palette[.key]),
                               Span(" " + fit(entry.keys, toWidth: 8), palette[.dim]), Span(" " + entry.help, palette[.help])]],
                             in: Rect(x: list.x, y: list.y + offset, width: list.width, height: 1))
        }
        screen.fill(bar, style: palette[.prompt])
        screen.put([Span(":", palette[.key]), Span(sanitizeLine(text), palette[.prompt]), Span("█", palette[.prompt]),
                    Span("   Enter runs · Esc closes", palette[.dim])], at: Position(x: bar.x, y: bar.y), clip: bar)
    }
}
