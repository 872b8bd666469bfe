@testable import Config
import Foundation
import Testing

/// The config reader trims with its own `trimmingWhitespace()` (Foundation's is slow on Linux);
/// it must cut exactly what `trimmingCharacters(in: .whitespaces)` cuts.
struct WhitespaceTrimmingTests {
    @Test(arguments: [
        "", " ", "\t", "plain", "  two words  ", "\tkey\t", " \u{00A0}nbsp\u{00A0} ", "\u{3000}ideographic\u{3000}",
        "\u{2009}thin\u{202F}", " line\n", "\nbreaks kept\n", " \u{0301}combining after a space",
        "é ", " 日本語 ", "emoji 👍🏽 ", "\r value \r", " = ", " ;comment",
    ])
    func cutsWhatFoundationCuts(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespace().unicodeScalars.elementsEqual(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
        let sub = Substring(text)
        #expect(sub.trimmingWhitespace() == sub.trimmingCharacters(in: .whitespaces))
    }
}
