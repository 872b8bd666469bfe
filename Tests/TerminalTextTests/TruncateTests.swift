import Testing
import TerminalText

@Suite("Truncating to a width")
struct TruncateTests {
    @Test("The measured width is the width of the text it gives, for every kind of text")
    func measuredWidthIsTheTextsWidth() {
        let samples = ["", "hello world, a long ASCII subject line", "漢字テスト漢字テスト", "e\u{301}e\u{301}e\u{301}e\u{301}",
                       "🚀🚀 rocket 🚀", "tab\there", "mixé 漢 and 🚀 ascii tail", "…already…", "x"]
        for text in samples {
            for width in 0...12 {
                let (cut, measured) = truncateMeasuring(text, toWidth: width)
                #expect(cut == truncate(text, toWidth: width), "\(text) to \(width)")
                #expect(measured == displayWidth(of: cut), "\(text) to \(width)")
            }
        }
    }

    @Test("A printable-ASCII width is given only for text that sanitizing leaves alone")
    func printableASCIIWidthMatchesSanitizeAndWidth() {
        let samples = ["", "plain text 123 ~!@#", "tab\there", "bell\u{7}", "del\u{7F}", "é", "漢字", "🚀", "line\nbreak",
                       "esc\u{1B}[31m", "ok"]
        for text in samples {
            let width = printableASCIIWidth(of: text)
            if let width {
                #expect(sanitizeLine(text) == text, "\(text.debugDescription)")
                #expect(width == displayWidth(of: text), "\(text.debugDescription)")
            } else {
                #expect(!text.isEmpty)
            }
        }
        #expect(printableASCIIWidth(of: "plain text 123 ~!@#") == 19)
        #expect(printableASCIIWidth(of: "tab\there") == nil)
        #expect(printableASCIIWidth(of: "é") == nil)
    }

    @Test("Text that fits is unchanged")
    func fits() {
        #expect(truncate("hello", toWidth: 5) == "hello")
        #expect(truncate("漢字", toWidth: 4) == "漢字")
    }

    @Test("Cut text ends with an ellipsis and fits the width")
    func cut() {
        #expect(truncate("hello world", toWidth: 8) == "hello w…")
        #expect(displayWidth(of: truncate("hello world", toWidth: 8)) == 8)
    }

    @Test("A wide character that does not fit is dropped whole, never split")
    func wide() {
        #expect(truncate("漢字テスト", toWidth: 6) == "漢字…")
        #expect(truncate("漢字テスト", toWidth: 5) == "漢字…")
        #expect(truncate("a😀b", toWidth: 3) == "a…")
    }

    @Test("Clusters stay whole")
    func clusters() {
        #expect(truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "e\u{301}…")
        #expect(truncate("👨‍👩‍👧👨‍👩‍👧", toWidth: 3) == "👨‍👩‍👧…")
    }

    @Test("Tiny widths")
    func tiny() {
        #expect(truncate("hello", toWidth: 0) == "")
        #expect(truncate("hello", toWidth: -3) == "")
        #expect(truncate("hello", toWidth: 1) == "…")
        #expect(truncate("hello", toWidth: 2, ellipsis: "...") == "he")
    }

    @Test("fit truncates and pads to the exact width")
    func fitExact() {
        #expect(fit("漢字テスト", toWidth: 5) == "漢字…")
        #expect(displayWidth(of: fit("漢字テスト", toWidth: 6)) == 6)
        #expect(fit("ab", toWidth: 4, alignment: .right) == "  ab")
    }
}
