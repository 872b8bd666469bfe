import Config
import TerminalText

/// The full-screen welcome of a first start: no config file yet, so nothing to connect to.
public enum WelcomeView {
    /// The screen for `guide` at `size`: a title bar, the guide's text, and how to quit.
    public static func render(_ guide: FirstRunGuide, palette: Palette, keymap: Keymap, size: Size) -> Screen {
        var screen = Screen(size: size, style: palette[.text])
        guard size.width > 0, size.height > 0 else { return screen }
        screen.fill(Rect(x: 0, y: 0, width: size.width, height: 1), style: palette[.titleBar])
        screen.put(" gerrymander · welcome", at: Position(x: 0, y: 0), style: palette[.titleBar])
        let width = max(10, size.width - 4)
        var lines: [(String, Style)] = [("Welcome to gerrymander", palette[.heading]), ("", palette[.text])]
        for line in wordWrap("There is no configuration yet: \(guide.displayPath) does not exist.", width: width) {
            lines.append((line, palette[.warning]))
        }
        lines.append(("", palette[.text]))
        for paragraph in guide.body {
            let isExample = FirstRunGuide.example.contains(paragraph.trimmingCharacters(in: .whitespaces))
            for line in wordWrap(paragraph, width: width) {
                lines.append((line, isExample ? palette[.key] : palette[.text]))
            }
        }
        let quit = keymap.keyLabel(for: .quit, limit: 1)
        let top = max(2, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height - 1 {
            screen.put(line.0, at: Position(x: 2, y: top + offset), style: line.1)
        }
        screen.fill(Rect(x: 0, y: size.height - 1, width: size.width, height: 1), style: palette[.keyHint])
        screen.put(" \(quit) quits", at: Position(x: 0, y: size.height - 1), style: palette[.keyHint])
        return screen
    }

    /// Shows the welcome until the user quits (the quit key, Esc or Ctrl-C); redraws on resize.
    public static func run(_ guide: FirstRunGuide, on terminal: any Terminal, palette: Palette, keymap: Keymap) {
        terminal.draw(render(guide, palette: palette, keymap: keymap, size: terminal.size))
        while let key = terminal.readKey(timeoutMs: nil) {
            switch key {
            case .escape, .ctrl("c"): return
            case .resize:
                terminal.draw(render(guide, palette: palette, keymap: keymap, size: terminal.size))
            default:
                if keymap.command(for: key) == .quit { return }
            }
        }
    }
}
