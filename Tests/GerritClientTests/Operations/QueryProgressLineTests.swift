import Foundation
import GerritClient
import Testing

/// Collects what the progress line writes.
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []
    func append(_ text: String) { lock.lock(); parts.append(text); lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return parts.joined() }
}

@Suite struct QueryProgressLineTests {
    @Test func textNamesThePageAndTheRows() {
        #expect(QueryProgressLine.text(for: QueryProgress(page: 2, rows: 734)) == "fetching page 2… 734 changes")
        #expect(QueryProgressLine.text(for: QueryProgress(page: 1, rows: 1)) == "fetching page 1… 1 change")
    }

    @Test func quickQueriesDrawNothing() {
        let out = Captured()
        let start = Date()
        let line = QueryProgressLine(isTerminal: true, started: start, write: out.append)
        line.update(QueryProgress(page: 1, rows: 100), now: start.addingTimeInterval(0.2))
        line.update(QueryProgress(page: 1, rows: 100, finished: true), now: start.addingTimeInterval(0.3))
        #expect(out.text.isEmpty)
    }

    @Test func slowQueriesDrawInPlaceAndEraseAtTheEnd() {
        let out = Captured()
        let start = Date()
        let line = QueryProgressLine(isTerminal: true, started: start, write: out.append)
        line.update(QueryProgress(page: 2, rows: 734), now: start.addingTimeInterval(0.8))
        #expect(out.text == "\r\u{1B}[Kfetching page 2… 734 changes")
        line.update(QueryProgress(page: 2, rows: 734, finished: true))
        #expect(out.text.hasSuffix("changes\r\u{1B}[K"))
    }

    @Test func nothingIsDrawnWhenStderrIsNotATerminal() {
        let out = Captured()
        let start = Date()
        let line = QueryProgressLine(isTerminal: false, started: start, write: out.append)
        line.update(QueryProgress(page: 3, rows: 1200), now: start.addingTimeInterval(5))
        line.finish()
        #expect(out.text.isEmpty)
    }
}
