import Config
import GerritTestSupport
import Testing
import TUI

/// The first start with no ~/.gerrymander: a welcome that says what to do, and nothing else.
@Suite("First-run welcome")
struct WelcomeViewTests {
    let guide = FirstRunGuide(displayPath: "~/.gerrymander")

    @Test("says where the file goes, the least it needs, and how to try the demo", arguments: [
        Size(width: 80, height: 24), Size(width: 200, height: 60),
    ])
    func content(size: Size) {
        let text = WelcomeView.render(guide, palette: SampleData.palette, keymap: Keymap(), size: size).plainText().joined(separator: "\n")
        #expect(text.contains("~/.gerrymander does not exist"))
        for line in FirstRunGuide.example { #expect(text.contains(line), "missing \(line)") }
        #expect(text.contains("gerrymander --demo"))
        #expect(text.contains("q quits"))
        assertSnapshot(of: WelcomeView.render(guide, palette: SampleData.palette, keymap: Keymap(), size: size),
                       named: "welcome-\(size)")
    }

    @Test("long lines wrap instead of running off a narrow terminal")
    func wraps() {
        let screen = WelcomeView.render(guide, palette: SampleData.palette, keymap: Keymap(), size: Size(width: 40, height: 30))
        let text = screen.plainText().joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains("No server at hand? Try it on the built-in demo server: gerrymander --demo"))
    }

    @Test("q quits; other keys do nothing; a resize redraws at the new size")
    func loop() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24),
                                      keys: [.char("j"), .resize(Size(width: 100, height: 30)), .char("q"), .char("x")])
        WelcomeView.run(guide, on: terminal, palette: SampleData.palette, keymap: Keymap())
        #expect(terminal.drawnScreens.count == 2)
        #expect(terminal.lastScreen?.size == Size(width: 100, height: 30))
        #expect(terminal.pendingKeys == [.char("x")])
    }

    @Test("Esc and Ctrl-C quit too", arguments: [Key.escape, Key.ctrl("c")])
    func otherQuitKeys(key: Key) {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), keys: [key, .char("x")])
        WelcomeView.run(guide, on: terminal, palette: SampleData.palette, keymap: Keymap())
        #expect(terminal.pendingKeys == [.char("x")])
    }
}
