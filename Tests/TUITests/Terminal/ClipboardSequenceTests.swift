import Testing
import TUI

@Suite("Copying through the terminal")
struct ClipboardSequenceTests {
    @Test("OSC 52 carries the text in base64 and ends with BEL")
    func osc52() {
        #expect(ClipboardSequence.osc52("https://review.example.org/87329")
                == "\u{1b}]52;c;aHR0cHM6Ly9yZXZpZXcuZXhhbXBsZS5vcmcvODczMjk=\u{07}")
    }
}
