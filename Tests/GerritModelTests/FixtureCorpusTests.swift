import Foundation
import Testing
@testable import GerritModel
import GerritTestSupport

/// Walks every captured Gerrit sample, so new fixture files are covered without new tests.
@Suite struct FixtureCorpusTests {
    @Test func everyFixtureFileDecodesAsExpected() throws {
        let files = try RealGerritSamples.allFiles()
        #expect(files.count >= 17)
        for name in files {
            let data = try RealGerritSamples.data(name)
            let decoder = GerritLineDecoder(source: name)
            let lines = GerritLineDecoder.lines(in: data)
            if name.hasPrefix("edge-") {
                // Either a value or an error that names this file and line; never a crash.
                for line in lines {
                    let query = decoder.queryRow(line.bytes, lineNumber: line.number)
                    let event = decoder.event(line.bytes, lineNumber: line.number)
                    for error in [query?.failure, event?.failure].compactMap({ $0 }) {
                        #expect(error.line == line.number)
                        #expect(error.description.hasPrefix("\(name):\(line.number): "))
                    }
                }
            } else if name.hasPrefix("events-") {
                let results = decoder.events(in: data)
                #expect(!results.isEmpty, "\(name) has no events")
                for case .failure(let error) in results { Issue.record("\(error)") }
            } else if name.hasPrefix("query-patchset-fragment") {
                for line in lines {
                    guard let result = decoder.decode(PatchSet.self, line: line.bytes, lineNumber: line.number) else { continue }
                    if case .failure(let error) = result { Issue.record("\(error)") }
                }
            } else if name.hasPrefix("query-") {
                let rows = decoder.queryRows(in: data)
                #expect(!rows.isEmpty, "\(name) has no rows")
                for case .failure(let error) in rows { Issue.record("\(error)") }
            } else {
                Issue.record("fixture \(name) has an unknown prefix; teach this test how to read it")
            }
        }
    }

    @Test func everyDecodedValueSurvivesEncodeAndDecode() throws {
        for name in try RealGerritSamples.allFiles() where !name.hasPrefix("query-patchset-fragment") {
            let data = try RealGerritSamples.data(name)
            let decoder = GerritLineDecoder(source: name)
            let isEvents = name.hasPrefix("events-") || name.hasPrefix("edge-trailing")
            if isEvents {
                for case .success(let event) in decoder.events(in: data) {
                    let again = try JSONDecoder().decode(StreamEvent.self, from: JSONEncoder().encode(event))
                    if case .unknown = event { #expect(again.type == event.type); continue }
                    #expect(again == event, "\(name): \(event.type) changed after a round trip")
                }
            } else {
                for case .success(let row) in decoder.queryRows(in: data) {
                    let again = try JSONDecoder().decode(QueryRow.self, from: JSONEncoder().encode(row))
                    #expect(again == row, "\(name): row changed after a round trip")
                }
            }
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

extension Result {
    var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
