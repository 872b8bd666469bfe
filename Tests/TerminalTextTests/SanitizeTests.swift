import Testing
import TerminalText

@Suite("Sanitizing untrusted server text")
struct SanitizeTests {
    /// Everything a hostile commit message could try on a terminal.
    let hostile = "Fix\u{1B}]0;pwned\u{7} bug\u{1B}[2J\u{1B}[31mred\u{1B}[0m "
        + "\u{1B}]52;c;ZXZpbA==\u{1B}\\ \u{9B}1m \u{202E}gnp.exe\u{202C} \u{2066}x\u{2069}"

    @Test("Plain ASCII comes back as it is")
    func plain() {
        #expect(sanitizeLine("Fix resize of flavor swap") == "Fix resize of flavor swap")
    }

    @Test("Escape sequences, OSC title and OSC 52 are made visible, never passed through")
    func escapes() {
        let result = sanitizeLine(hostile)
        #expect(result == "Fix^[]0;pwned^G bug^[[2J^[[31mred^[[0m ^[]52;c;ZXZpbA==^[\\ <9B>1m "
            + "<RLO>gnp.exe<PDF> <LRI>x<PDI>")
        #expect(!result.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }

    @Test("Bidi overrides and isolates are shown as tags")
    func bidi() {
        #expect(sanitizeLine("a\u{202A}\u{202B}\u{202D}b") == "a<LRE><RLE><LRO>b")
        #expect(sanitizeLine("\u{2067}\u{2068}") == "<RLI><FSI>")
    }

    @Test("Other control characters use caret notation")
    func controls() {
        #expect(sanitizeLine("a\u{0}b\u{8}c\u{7F}") == "a^@b^Hc^?")
    }

    @Test("Tabs expand to the next tab stop counted in cells")
    func tabs() {
        #expect(sanitizeLine("a\tb") == "a   b")
        #expect(sanitizeLine("\tx", tabWidth: 8) == "        x")
        #expect(sanitizeLine("漢\tx") == "漢  x")
        #expect(sanitizeMultiline("ab\n\tc") == "ab\n    c")
    }

    @Test("One-line sanitizing turns line breaks into spaces")
    func oneLine() {
        #expect(sanitizeLine("a\nb\r\nc\rd\u{2028}e") == "a b c d e")
    }

    @Test("Multi-line sanitizing keeps line breaks and shows a lone carriage return")
    func multiLine() {
        #expect(sanitizeMultiline("a\nb\r\nc\rd\u{2029}e") == "a\nb\nc^Md\ne")
    }

    @Test("Unicode text, combining marks and emoji are kept")
    func unicode() {
        let text = "Zoë 漢字 👍🏽 👨‍👩‍👧 e\u{301}"
        #expect(sanitizeLine(text) == text)
    }
}
