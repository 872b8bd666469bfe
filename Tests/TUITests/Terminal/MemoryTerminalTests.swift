import Testing
import TUI

@Suite("In-memory terminal for tests")
struct MemoryTerminalTests {
    @Test("Plays scripted keys, then times out")
    func keys() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), keys: [.char("j")])
        try terminal.enqueue(names: ["C-r", "Enter"])
        #expect(terminal.readKey(timeoutMs: nil) == .char("j"))
        #expect(terminal.readKey(timeoutMs: 0) == .ctrl("r"))
        #expect(terminal.readKey(timeoutMs: 0) == .enter)
        #expect(terminal.readKey(timeoutMs: 10) == nil)
    }

    @Test("A resize key changes the size")
    func resize() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), keys: [.resize(Size(width: 100, height: 30))])
        _ = terminal.readKey(timeoutMs: nil)
        #expect(terminal.size == Size(width: 100, height: 30))
    }

    @Test("Keeps what was drawn and the diff the backend would write")
    func drawing() {
        let terminal = MemoryTerminal(size: Size(width: 5, height: 1))
        var screen = Screen(size: terminal.size)
        terminal.draw(screen)
        screen.put("x", at: Position(x: 2, y: 0))
        terminal.draw(screen)
        #expect(terminal.lastScreen?.plainText() == ["  x"])
        #expect(terminal.drawnChanges.map(\.count) == [1, 1])
        #expect(terminal.drawnChanges.last?.first?.column == 2)
    }
}
