import Foundation
import Testing
@testable import GerritModel

@Suite struct GerritLineBufferTests {
    @Test func linesSplitAcrossChunksAreJoined() {
        var buffer = GerritLineBuffer()
        var seen: [String] = []
        for chunk in ["{\"a\":", "1}\n{\"b\"", ":2}\n\n", "{\"c\":3}\n{\"trunc"] {
            let lines = buffer.append(Data(chunk.utf8))
            seen += lines.map { "\($0.number):" + String(decoding: $0.bytes, as: UTF8.self) }
        }
        #expect(seen == [#"1:{"a":1}"#, #"2:{"b":2}"#, "3:", #"4:{"c":3}"#])
        let tail = buffer.finish()
        #expect(tail?.number == 5)
        #expect(tail.map { String(decoding: $0.bytes, as: UTF8.self) } == #"{"trunc"#)
        let second = buffer.finish()
        #expect(second == nil)
        #expect(buffer.lineCount == 5)
    }

    @Test func aTruncatedTailIsReportedWithItsLineNumber() throws {
        var buffer = GerritLineBuffer()
        _ = buffer.append(Data("{\"type\":\"dropped-output\"}\n{\"type\":\"comment-ad".utf8))
        let finished = buffer.finish()
        let tail = try #require(finished)
        let error = try #require(GerritLineDecoder(source: "ssh review:29418 stream-events").event(tail.bytes, lineNumber: tail.number)?.failure)
        #expect(error.description == "ssh review:29418 stream-events:2: truncated JSON (the line ends before the object is complete)")
    }

    @Test func sliceChunksWithNonZeroStartIndexWork() {
        var buffer = GerritLineBuffer()
        let chunk = Data("xxA\nB\n".utf8).dropFirst(2)
        let lines = buffer.append(chunk)
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["A", "B"])
    }
}
