import Store

/// What a terminal below the minimum size shows instead of the panes.
public enum TooSmallView {
    /// Draws the message centred on the whole screen.
    public static func draw(size: Size, palette: Palette, keymap: Keymap, screen: inout Screen) {
        let minimum = ScreenLayout.minimumSize
        let lines = [
            "Terminal too small",
            "\(size.width)×\(size.height), need \(minimum.width)×\(minimum.height)",
            "\(keymap.keyLabel(for: .quit, limit: 1)) quits",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (size.width - line.count) / 2)
            screen.put(line, at: Position(x: x, y: top + offset), style: offset == 0 ? palette[.warning] : palette[.text])
        }
    }
}
