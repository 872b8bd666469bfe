import Testing
import TUI

@Suite("Decoding what curses reads into keys")
struct KeyDecoderTests {
    @Test("Characters, including UTF-8 ones, become char keys")
    func characters() {
        #expect(KeyDecoder.key(forCharacter: 0x6A) == .char("j"))
        #expect(KeyDecoder.key(forCharacter: 0x65E5) == .char("日"))
        #expect(KeyDecoder.key(forCharacter: 0xE9) == .char("é"))
        #expect(KeyDecoder.key(forCharacter: 0x20) == .char(" "))
    }

    @Test("Control characters become ctrl, enter, tab, escape and backspace")
    func controls() {
        #expect(KeyDecoder.key(forCharacter: 0x12) == .ctrl("r"))
        #expect(KeyDecoder.key(forCharacter: 0x0D) == .enter)
        #expect(KeyDecoder.key(forCharacter: 0x0A) == .enter)
        #expect(KeyDecoder.key(forCharacter: 0x09) == .tab)
        #expect(KeyDecoder.key(forCharacter: 0x1B) == .escape)
        #expect(KeyDecoder.key(forCharacter: 0x7F) == .backspace)
        #expect(KeyDecoder.key(forCharacter: 0x00) == .ctrl(" "))
        #expect(KeyDecoder.key(forCharacter: 0x1C) == .ctrl("\\"))
        #expect(KeyDecoder.key(forCharacter: 0x9B) == nil)
        #expect(KeyDecoder.key(forCharacter: 0xD800) == nil)
    }

    @Test("curses function-key codes")
    func functionKeys() {
        #expect(KeyDecoder.key(forCursesCode: 0o403) == .up)
        #expect(KeyDecoder.key(forCursesCode: 0o522) == .pageDown)
        #expect(KeyDecoder.key(forCursesCode: 0o541) == .backTab)
        #expect(KeyDecoder.key(forCursesCode: 0o410 + 5) == .function(5))
        #expect(KeyDecoder.key(forCursesCode: 0o632) == nil)
    }

    @Test("ESC followed by a character is Alt+character; other keys are not combined")
    func alt() {
        #expect(KeyDecoder.altKey(after: .char("x")) == .alt("x"))
        #expect(KeyDecoder.altKey(after: .up) == nil)
    }
}
