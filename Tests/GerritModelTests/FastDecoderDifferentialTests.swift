import Foundation
import Testing
@testable import GerritModel
import GerritTestSupport

/// The fast decoder against `JSONDecoder` on every captured Gerrit sample and thousands of
/// damaged variants of them: same values, same errors, line for line.
@Suite struct FastDecoderDifferentialTests {
    @Test func everyFixtureLineDecodesAlikeThroughBothEngines() throws {
        var compared = 0
        for name in try RealGerritSamples.allFiles() {
            for line in GerritLineDecoder.lines(in: try RealGerritSamples.data(name)) {
                compared += 1
                if let mismatch = DecoderDifferential.queryRowMismatch(line.bytes) {
                    Issue.record("\(name):\(line.number) as a query row\n\(mismatch)")
                }
                if let mismatch = DecoderDifferential.eventMismatch(line.bytes) {
                    Issue.record("\(name):\(line.number) as an event\n\(mismatch)")
                }
            }
        }
        #expect(compared > 50)
    }

    @Test func theFastPathTakesTheRealChangeRows() throws {
        // Not a vacuous comparison: real change rows of every era go through the fast path
        // (2.2 rows with string numbers and CRVW labels included).
        var taken = 0
        for name in try RealGerritSamples.allFiles() where name.hasPrefix("query-") && !name.contains("fragment") {
            for line in GerritLineDecoder.lines(in: try RealGerritSamples.data(name))
            where !line.bytes.isEmpty && !String(decoding: line.bytes, as: UTF8.self).contains(#""type":"#) {
                #expect(DecoderDifferential.fastPathTakes(line.bytes), "\(name):\(line.number) fell back")
                taken += 1
            }
        }
        #expect(taken >= 7)
    }

    @Test func damagedFixtureLinesFailOrSucceedAlike() throws {
        var compared = 0
        for (fileIndex, name) in try RealGerritSamples.allFiles().enumerated() {
            for line in GerritLineDecoder.lines(in: try RealGerritSamples.data(name)) {
                let seed = UInt64(fileIndex * 1_000 + line.number)
                for variant in DecoderDifferential.mutations(of: line.bytes, count: 60, seed: seed) {
                    compared += 1
                    if let mismatch = DecoderDifferential.queryRowMismatch(variant) {
                        Issue.record("\(name):\(line.number), seed \(seed)\n\(mismatch)")
                        return
                    }
                }
            }
        }
        #expect(compared > 3_000)
    }

    @Test func oddButValidShapesAgree() {
        let lines = [
            #"{"number":"12","project":"p","owner":{"name":null,"username":"u"},"open":null,"lastUpdated":1700000000000}"#,
            #"{"number":" 7 ","patchSets":[{"number":"+1","approvals":[{"label":"Verified","value":1}]}]}"#,
            #"{"number":1,"number":2}"#,
            #"{"number":1.0}"#,
            #"{"number":1e2}"#,
            #"{"\u006eumber":5}"#,
            #"{"number":5,"type":null}"#,
            #"{"number":5,"rowCount":3}"#,
            #"{"rowCount":3}"#,
            #"{"subject":"caf\u00e9 \ud83d\ude00 \"q\" \/ \\ \t","hashtags":["a","b"]}"#,
            #"{"subject":"\ud83d"}"#,
            "{\"subject\":\"tab\tinside\"}",
            #"{"subject":"ok"} trailing"#,
            #"{"number":5,}"#,
            #"{"plugins":[{"name":"x","value":[1,2.5e-3,-0,true,false,null,{"a":"\u00e9"}]}],"number":9}"#,
            #"[{"number":1}]"#,
            #"{"number":-5,"patchSets":null,"comments":[],"allReviewers":[{"email":"e@x"}]}"#,
            #"{"patchSets":[null]}"#,
            #"{"hashtags":[1]}"#,
            #"{"currentPatchSet":{"approvals":[{"type":"CRVW","value":"-2","by":{"username":""}}],"sizeDeletions":-3}}"#,
            "\u{FEFF})]}'\n{\"number\":4}\r",
            #"{"number":1,"createdOn":1524511111111111111111111111111184729,"lastUpdated":1524584975}"#,
            #"{"number":1,"createdOn":100000000000000001,"lastUpdated":-100000000000000001}"#,
        ]
        for text in lines {
            if let mismatch = DecoderDifferential.queryRowMismatch(Data(text.utf8)) {
                Issue.record("\(text)\n\(mismatch)")
            }
        }
    }

    /// `make fuzz` (FuzzQueryRows): a timestamp no Gerrit sends — past ±10^11 seconds even as
    /// milliseconds — was kept, and written out again it read back as milliseconds, another date.
    /// It is now dropped; the row and its other fields stay, and the change survives a round trip.
    @Test func aTimestampPastTheYear5138IsDroppedAndTheChangeSurvivesARoundTrip() throws {
        let line = #"{"project":"p","number":1,"url":"http://h/1\n","createdOn":152451111111111111111111111111111111111111111111184729,"lastUpdated":1524584975,"comments":[{"timestamp":1524584729,"message":"Uploaded patch set 1."}]}"#
        let decoder = GerritLineDecoder(source: "fuzz")
        guard case .success(.change(let change))? = decoder.queryRow(Data(line.utf8), lineNumber: 1) else {
            Issue.record("the row did not decode")
            return
        }
        #expect(change.createdOn == nil)
        #expect(change.lastUpdated == Date(timeIntervalSince1970: 1_524_584_975))
        #expect(change.comments.count == 1)
        let again = decoder.queryRow(try JSONEncoder().encode(change), lineNumber: 1)
        guard case .success(.change(let decodedAgain))? = again else {
            Issue.record("the encoded change did not decode: \(String(describing: again))")
            return
        }
        #expect(decodedAgain == change)
        // The largest timestamps still kept survive too.
        for seconds in [99_999_999_999.0, -99_999_999_999.5, 1e11] {
            var edge = change
            edge.createdOn = Date(timeIntervalSince1970: seconds)
            guard case .success(.change(let back))? = decoder.queryRow(try JSONEncoder().encode(edge), lineNumber: 1) else {
                Issue.record("\(seconds) did not decode")
                continue
            }
            #expect(back.createdOn == edge.createdOn, "\(seconds)")
        }
    }
}
