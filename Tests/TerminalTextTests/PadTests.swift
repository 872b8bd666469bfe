import Testing
import TerminalText

@Suite("Padding to a width")
struct PadTests {
    @Test("Left, right and centre alignment count cells, not characters")
    func alignments() {
        #expect(pad("漢", toWidth: 4) == "漢  ")
        #expect(pad("漢", toWidth: 4, alignment: .right) == "  漢")
        #expect(pad("ab", toWidth: 5, alignment: .center) == " ab  ")
        #expect(pad("😀", toWidth: 3, alignment: .center) == "😀 ")
    }

    @Test("Text already wide enough is unchanged")
    func wider() {
        #expect(pad("hello", toWidth: 3) == "hello")
        #expect(pad("", toWidth: 0) == "")
    }
}
