import TerminalText
import Testing

/// `wordWrap`: printable ASCII (most comment text) is wrapped byte by byte; the lines must be
/// the ones the Character loop makes.
@Suite struct WordWrapTests {
    /// The greedy Character loop, as `wordWrap` runs it for any text.
    static func reference(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if currentWidth > 0 && currentWidth + 1 + word.count > width {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            if currentWidth > 0 {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += word.count
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    @Test func asciiTextWrapsAsTheCharacterLoopWrapsIt() {
        #expect(wordWrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(wordWrap("", width: 10) == [""])
        #expect(wordWrap("x  y", width: 10) == ["x y"])
        #expect(wordWrap("averyveryverylongword and more", width: 8) == ["averyveryverylongword", "and more"])
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab cd  e-f.:/!~ ")
        for _ in 0..<500 {
            // No leading space or list dash: those take the indentation paths first.
            let text = "w" + String((0..<Int.random(in: 0...120, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? " " })
            let width = Int.random(in: 1...30, using: &generator)
            #expect(wordWrap(text, width: width) == Self.reference(text, width: width), "\(text.debugDescription) at \(width)")
        }
    }

    @Test func otherTextStillWrapsByDisplayWidth() {
        // CJK is two cells a character: "日本 語の" takes nine.
        #expect(wordWrap("日本 語の 文章", width: 9) == ["日本 語の", "文章"])
        #expect(wordWrap("日本 語の 文章", width: 8) == ["日本", "語の", "文章"])
        #expect(wordWrap("Zoë Ünïcode rocks", width: 11) == ["Zoë Ünïcode", "rocks"])
    }
}
