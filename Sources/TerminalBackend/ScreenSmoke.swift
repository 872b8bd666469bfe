import TUI

/// A hidden end-to-end check of the terminal layer: draws a box with CJK and emoji text,
/// shows the name of each key pressed, and returns when `q` is pressed.
///
/// Not a user feature: the CLI exposes it behind a hidden flag so that tmux tests (and a
/// developer) can see widths, colours, keys and resizing work on a real terminal.
/// - Throws: `TerminalError` when the terminal cannot be opened.
public func runScreenSmoke() throws {
    let terminal = try NcursesTerminal()
    defer { terminal.close() }
    var lastKey = "none"
    while true {
        terminal.draw(smokeScreen(size: terminal.size, lastKey: lastKey))
        guard let key = terminal.readKey(timeoutMs: nil) else { continue }
        if key == .char("q") { return }
        lastKey = key.name
    }
}

/// The smoke-test screen: pure, so its layout is plain to read.
func smokeScreen(size: Size, lastKey: String) -> Screen {
    var screen = Screen(size: size)
    let inner = screen.box(screen.bounds, title: "gerrymander screen smoke", titleStyle: Style(fg: .cyan, .bold))
    let lines: [[Span]] = [
        [Span("size=\(size)")],
        [Span("漢字テスト", Style(fg: .yellow)), Span("|end")],
        [Span("emoji😀🎉x", Style(fg: .green)), Span("|end")],
        [Span("BOLD red", Style(fg: .red, .bold)), Span(" "), Span("orange256", Style(fg: .indexed(208))),
         Span(" "), Span("reverse", Style.plain.reverse), Span(" "), Span("underline", Style.plain.underline)],
        [Span("last key: "), Span(lastKey, Style.plain.bold), Span("   (q quits)")],
    ]
    screen.textLines(lines, in: inner)
    return screen
}
