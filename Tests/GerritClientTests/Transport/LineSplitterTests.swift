import GerritClient
import Testing

@Suite struct LineSplitterTests {
    @Test func linesAcrossChunksAndMultibyteCharacters() {
        var splitter = LineSplitter()
        let bytes = Array("first 漢字\r\nsecond\nthi".utf8)
        var lines: [String] = []
        // One byte at a time: a UTF-8 character and the CR LF straddle reads.
        for byte in bytes { lines += splitter.append([byte]) }
        #expect(lines == ["first 漢字", "second"])
        #expect(splitter.finish() == "thi")
        #expect(splitter.finish() == nil)
    }

    @Test func emptyLinesAreKept() {
        var splitter = LineSplitter()
        #expect(splitter.append(Array("\n\na\n".utf8)) == ["", "", "a"])
        #expect(splitter.finish() == nil)
    }

    @Test func invalidUTF8IsRepairedNotDropped() {
        var splitter = LineSplitter()
        #expect(splitter.append([0x61, 0xFF, 0x62, 0x0A]) == ["a\u{FFFD}b"])
    }
}
