import Testing
import TUI

@Suite("Terminal colours on small palettes")
struct TerminalColorTests {
    @Test("RGB maps to the nearest xterm 256 colour")
    func rgb() {
        #expect(TerminalColor.rgb(255, 0, 0).paletteIndex == 196)
        #expect(TerminalColor.rgb(0, 0, 0).paletteIndex == 16)
        #expect(TerminalColor.rgb(128, 128, 128).paletteIndex == 244)
        #expect(TerminalColor.rgb(255, 135, 0).paletteIndex == 208)
    }

    @Test("Everything falls back to the 8 basic colours")
    func basic() {
        #expect(TerminalColor.brightRed.basicIndex == 1)
        #expect(TerminalColor.indexed(208).basicIndex == 3)
        #expect(TerminalColor.rgb(0, 0, 200).basicIndex == 4)
        #expect(TerminalColor.default.basicIndex == nil)
    }
}
