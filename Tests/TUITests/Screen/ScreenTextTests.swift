import Testing
import TUI

@Suite("Screens as text for golden tests")
struct ScreenTextTests {
    @Test("Plain text trims trailing spaces and shows wide characters once")
    func plainText() {
        var screen = Screen(width: 8, height: 2)
        screen.put("漢 a", at: Position(x: 1, y: 1))
        #expect(screen.plainText() == ["", " 漢 a"])
    }

    @Test("Style map: legend letters, automatic letters in order of appearance, plain as dot")
    func styleMap() {
        var screen = Screen(width: 8, height: 2)
        screen.put("ab", at: Position(x: 0, y: 0), style: Style(fg: .red))
        screen.put("漢", at: Position(x: 3, y: 0), style: Style(fg: .blue, .underline))
        screen.put("x", at: Position(x: 0, y: 1), style: Style(fg: .green))
        let map = screen.styleMapWithLegend(legend: ["r": Style(fg: .red)])
        #expect(map.rows == ["rr.aa", "b"])
        #expect(map.legend["a"] == Style(fg: .blue, .underline))
        #expect(map.legend["b"] == Style(fg: .green))
        #expect(map.legend["."] == .plain)
    }

    @Test("Style descriptions read well in legends")
    func descriptions() {
        #expect(Style(fg: .red, bg: .indexed(236), .bold, .underline).description == "fg=red bg=236 bold underline")
        #expect(Style(foreground: .rgb(255, 136, 0)).description == "fg=#ff8800 bg=default")
    }
}
