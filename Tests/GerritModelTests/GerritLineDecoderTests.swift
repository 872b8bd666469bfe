import Foundation
import Testing
@testable import GerritModel
import GerritTestSupport

@Suite struct GerritLineDecoderTests {
    let decoder = GerritLineDecoder(source: "edge-malformed.jsonl")

    private func edgeLines() throws -> [(number: Int, bytes: Data)] {
        GerritLineDecoder.lines(in: try RealGerritSamples.data("edge-malformed.jsonl"))
    }

    @Test func truncatedChangeRowSaysTruncatedAndNamesTheLine() throws {
        let line = try #require(edgeLines().first)
        let error = try #require(decoder.queryRow(line.bytes, lineNumber: line.number)?.failure)
        #expect(error.description == "edge-malformed.jsonl:1: truncated JSON (the line ends before the object is complete)")
    }

    @Test func fatalTextIsReportedAsNotJSON() throws {
        let line = try edgeLines()[1]
        let error = try #require(decoder.queryRow(line.bytes, lineNumber: line.number)?.failure)
        #expect(error.line == 2)
        #expect(error.reason == #"not JSON: fatal: "limit:abc" is not a valid query"#)
    }

    @Test func emptyLinesAreSkippedNotErrors() {
        #expect(decoder.queryRow("", lineNumber: 8) == nil)
        #expect(decoder.event("  \r", lineNumber: 8) == nil)
        let rows = decoder.queryRows(in: Data("\n\n{\"type\":\"stats\",\"rowCount\":0}\n\n".utf8))
        #expect(rows.count == 1)
    }

    @Test func bomAndCRLFLineDecodes() throws {
        let line = try edgeLines()[9]
        let event = try #require(decoder.event(line.bytes, lineNumber: line.number)?.value)
        guard case .refUpdated(let update) = event else {
            Issue.record("expected ref-updated, got \(event.type)")
            return
        }
        #expect(update.refUpdate?.refName == "refs/heads/main")
        #expect(update.submitter?.username == "bot")
        #expect(event.createdOn == Date(timeIntervalSince1970: 1_732_550_400))
    }

    @Test func xssiPrefixIsStripped() throws {
        // On its own line (as in the fixture) nothing is left to decode.
        let line = try edgeLines()[8]
        #expect(decoder.event(line.bytes, lineNumber: line.number) == nil)
        // In front of JSON on the same line, the JSON decodes.
        let row = try #require(decoder.queryRow(#")]}'{"type":"stats","rowCount":2}"#, lineNumber: 1)?.value)
        #expect(row == .stats(QueryStats(rowCount: 2)))
        let rows = decoder.queryRows(in: Data(")]}'\n{\"type\":\"error\",\"message\":\"x\"}\n".utf8))
        #expect(rows.count == 1)
    }

    @Test func trailingCommasAreForgivenOnRetry() throws {
        let row = try #require(decoder.queryRow(#"{"number":"7","hashtags":["a",],"owner":{"name":"x",},}"#, lineNumber: 1)?.value)
        guard case .change(let change) = row else { Issue.record("expected a change"); return }
        #expect(change.hashtags == ["a"])
        #expect(change.owner?.name == "x")
        // A comma inside a string is content, not a trailing comma.
        let kept = try #require(decoder.queryRow(#"{"number":1,"subject":"a,]b",}"#, lineNumber: 1)?.value)
        guard case .change(let other) = kept else { Issue.record("expected a change"); return }
        #expect(other.subject == "a,]b")
    }

    @Test func wrongTypeNamesTheField() throws {
        let error = try #require(decoder.queryRow(#"{"number":"abc"}"#, lineNumber: 4)?.failure)
        #expect(error.description == "edge-malformed.jsonl:4: expected a number for 'number'")
        let nested = try #require(decoder.queryRow(#"{"number":1,"patchSets":[{"number":{}}]}"#, lineNumber: 5)?.failure)
        #expect(nested.reason.hasPrefix("expected a number for 'patchSets"))
        #expect(nested.reason.hasSuffix(".number'"))
    }

    @Test func unexpectedRowTypeIsAnError() throws {
        let error = try #require(decoder.queryRow(#"{"type":"patchset-created"}"#, lineNumber: 3)?.failure)
        #expect(error.reason.contains("unexpected row type 'patchset-created'"))
    }

    @Test func nonObjectJSONIsAnError() throws {
        let error = try #require(decoder.queryRow("[1,2]", lineNumber: 1)?.failure)
        #expect(error.line == 1)
        let text = try #require(decoder.event("42", lineNumber: 2)?.failure)
        #expect(text.reason == "not JSON: 42")
    }

    @Test func linesAreSplitWithoutLosingTheLastOne() {
        let data = Data("a\nb\r\n\nc".utf8)
        let lines = GerritLineDecoder.lines(in: data)
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["a", "b\r", "", "c"])
        // Works on a slice that does not start at index 0.
        let slice = Data("xx\nyy\nzz".utf8).dropFirst(3)
        #expect(GerritLineDecoder.lines(in: slice).map { String(decoding: $0.bytes, as: UTF8.self) } == ["yy", "zz"])
    }

    @Test func wholeEdgeFileGivesOneResultPerNonBlankLine() throws {
        let results = decoder.queryRows(in: try RealGerritSamples.data("edge-malformed.jsonl"))
        // 10 lines: line 8 is empty and line 9 is only the XSSI prefix.
        #expect(results.count == 8)
        let result = QueryResult(rows: results)
        #expect(result.serverError?.message == "line 1:0 no viable alternative at input '('")
        #expect(result.lineErrors.map(\.line).contains(1))
        #expect(result.lineErrors.map(\.line).contains(2))
        #expect(result.changes.map(\.number) == [Int.max])
    }
}
