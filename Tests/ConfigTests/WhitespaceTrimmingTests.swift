@testable import Config
import Foundation
import Testing

/// The config reader trims with its own `trimmingWhitespace()` (Foundation's is slow on Linux);
/// it must cut exactly what `trimmingCharacters(in: .whitespaces)` cuts, and
/// `trimmingWhitespaceAndNewlines()` what `trimmingCharacters(in: .whitespacesAndNewlines)` cuts.
struct WhitespaceTrimmingTests {
    @Test(arguments: [
        "", " ", "\t", "plain", "  two words  ", "\tkey\t", " \u{00A0}nbsp\u{00A0} ", "\u{3000}ideographic\u{3000}",
        "\u{2009}thin\u{202F}", " line\n", "\nbreaks kept\n", " \u{0301}combining after a space",
        "é ", " 日本語 ", "emoji 👍🏽 ", "\r value \r", " = ", " ;comment", "\u{0B}\u{0C}vt ff\u{0C}",
        "\u{85}next line\u{85}", "\u{2028}line sep\u{2029}", "\r\n crlf \r\n", "\n\t\u{A0}\n",
    ])
    func cutsWhatFoundationCuts(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespace().unicodeScalars.elementsEqual(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
        let sub = Substring(text)
        #expect(sub.trimmingWhitespace() == sub.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        "", " ", "\n", "\r\n", "plain", " a, b ", "\tkey\n", " \u{00A0}nbsp\u{00A0}\n", "\u{3000}ideographic\u{3000}",
        "\u{0B}\u{0C}vt ff\u{0C}", "\u{85}next line\u{85}", "\u{2028}line sep\u{2029}", "\r\n crlf \r\n",
        " \u{0301}combining after a space", "\u{200B}zero width\u{200B}", "emoji 👍🏽\n", "\n\n\n",
    ])
    func cutsWhatFoundationCutsWithNewlines(text: String) {
        let foundation = text.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(text.trimmingWhitespaceAndNewlines().unicodeScalars.elementsEqual(foundation.unicodeScalars))
        let sub = Substring(text)
        #expect(sub.trimmingWhitespaceAndNewlines().unicodeScalars.elementsEqual(sub.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
    }

    /// Every scalar up to the last one either set holds (U+3000), around a word, both ways.
    @Test func cutsWhatFoundationCutsForEveryScalarItKnows() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "x" + String(scalar)
            #expect(text.trimmingWhitespace().unicodeScalars.elementsEqual(
                text.trimmingCharacters(in: .whitespaces).unicodeScalars), "U+\(String(value, radix: 16))")
            #expect(text.trimmingWhitespaceAndNewlines().unicodeScalars.elementsEqual(
                text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars), "U+\(String(value, radix: 16))")
        }
    }
}
