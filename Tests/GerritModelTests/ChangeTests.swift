import Foundation
import Testing
@testable import GerritModel
import GerritTestSupport

@Suite struct ChangeTests {
    private func change(_ json: String) throws -> Change {
        try JSONDecoder().decode(Change.self, from: Data(json.utf8))
    }

    @Test func stringNumbersOfOldServersBecomeInts() throws {
        let c = try change(#"{"number":"637","open":"true","patchSets":[{"number":"2","sizeDeletions":"-5","approvals":[{"type":"CRVW","value":"+2"}]}]}"#)
        #expect(c.number == 637)
        #expect(c.open == true)
        #expect(c.patchSets.first?.number == 2)
        #expect(c.patchSets.first?.deletedLines == 5)
        #expect(c.patchSets.first?.approvals.first?.value == 2)
    }

    @Test func int64OverflowAndMillisecondTimestampsStillDecode() throws {
        let line = GerritLineDecoder.lines(in: try RealGerritSamples.data("edge-malformed.jsonl"))[5]
        let row = try #require(GerritLineDecoder(source: "edge").queryRow(line.bytes, lineNumber: 6)?.value)
        guard case .change(let c) = row else { Issue.record("expected a change row"); return }
        #expect(c.number == Int.max)
        #expect(c.createdOn == Date(timeIntervalSince1970: 1_732_550_400.123))
        #expect(c.lastUpdated == Date(timeIntervalSince1970: 1_732_550_400.999))
        let ps = try #require(c.currentPatchSet)
        #expect(ps.number == 2_147_483_648)
        #expect(ps.sizeInsertions == Int.max)  // 2^64 is clamped, not an error
        #expect(ps.insertedLines == Int.max)
        #expect(ps.deletedLines == 3)
    }

    @Test func negativeHugeSizesDoNotTrap() throws {
        let ps = try JSONDecoder().decode(PatchSet.self, from: Data(#"{"number":1,"sizeDeletions":-99999999999999999999999}"#.utf8))
        #expect(ps.sizeDeletions == Int.min)
        #expect(ps.deletedLines == Int.max)
    }

    @Test func missingFieldsAreNilOrEmpty() throws {
        let c = try change("{}")
        #expect(c.number == 0)
        #expect(c.project == nil)
        #expect(c.patchSets.isEmpty)
        #expect(c.latestPatchSet == nil)
        #expect(c.isOpen)
    }

    @Test func unknownFieldsAreIgnoredAndStatusesKeptRaw() throws {
        let c = try change(#"{"number":1,"status":"INTEGRATING","plugins":[{"name":"x"}],"cherryPickOfChange":3}"#)
        #expect(c.status == .unknown("INTEGRATING"))
        #expect(try change(#"{"status":"MERGED"}"#).status == .merged)
        #expect(try change(#"{"status":"MERGED"}"#).isOpen == false)
    }

    @Test func latestPatchSetPrefersCurrentElseHighestNumber() throws {
        let c = try change(#"{"number":1,"patchSets":[{"number":"1"},{"number":"3"},{"number":"2"}]}"#)
        #expect(c.latestPatchSet?.number == 3)
        let withCurrent = try change(#"{"number":1,"currentPatchSet":{"number":2},"patchSets":[{"number":3}]}"#)
        #expect(withCurrent.latestPatchSet?.number == 2)
    }

    @Test func votesPerLabelOnTheLatestPatchSet() throws {
        let line = GerritLineDecoder.lines(in: try RealGerritSamples.data("query-bicho-openstack-2011-2.2.jsonl"))[2]
        guard case .change(let c)? = GerritLineDecoder(source: "bicho").queryRow(line.bytes, lineNumber: 3)?.value else {
            Issue.record("expected a change row"); return
        }
        #expect(c.votes(for: "Code-Review").map(\.value) == [1, 2, 1])
        #expect(c.voteRange(for: "Code-Review") == 1...2)
        #expect(c.voteRange(for: "Verified") == 1...1)
        #expect(c.voteRange(for: "Workflow") == nil)
        #expect(c.votesByLabel.map(\.label) == ["Submit", "Verified", "Code-Review"])
        #expect(c.latestPatchSet?.vote(for: "Code-Review", by: Account(username: "blamar")) == 2)
    }

    @Test func fullChangeRoundTripsThroughGerritWireShape() throws {
        let json = #"""
        {"project":"p","branch":"main","topic":"t","id":"Iabc","number":5,"subject":"s","owner":{"name":"O"},
         "url":"https://g/c/p/+/5","commitMessage":"s\n\nChange-Id: Iabc\n","hashtags":["h"],"createdOn":100,
         "lastUpdated":200,"open":true,"status":"NEW","wip":true,"private":true,
         "currentPatchSet":{"number":2,"revision":"r2","ref":"refs/changes/05/5/2","kind":"TRIVIAL_REBASE"},
         "patchSets":[{"number":1,"revision":"r1","parents":["p0"],"uploader":{"username":"u"},"author":{"email":"a@x"},
           "createdOn":100,"isDraft":false,"approvals":[{"type":"CRVW","description":"Code Review","value":"-1","grantedOn":150,"by":{"username":"r"}}],
           "files":[{"file":"/COMMIT_MSG","type":"ADDED","insertions":10,"deletions":0},{"file":"b","fileOld":"a","type":"RENAMED","insertions":1,"deletions":-2}],
           "comments":[{"file":"b","line":3,"reviewer":{"username":"r"},"message":"nit","unresolved":true}],
           "sizeInsertions":11,"sizeDeletions":-2}],
         "comments":[{"timestamp":150,"reviewer":{"username":"r"},"message":"Patch Set 1: Code-Review-1"}],
         "dependsOn":[{"id":"Idep","number":"4","revision":"rd","ref":"refs/changes/04/4/1","isCurrentPatchSet":false}],
         "neededBy":[{"id":"Ineed","number":6,"revision":"rn","ref":"refs/changes/06/6/1","isCurrentPatchSet":true}],
         "submitRecords":[{"status":"NOT_READY","labels":[{"label":"Code-Review","status":"REJECT","by":{"username":"r"}},{"label":"Verified","status":"NEED"}]}],
         "allReviewers":[{"username":"r"},{"username":"u"}],"trackingIds":[{"system":"Bug","id":"42"}],"sortKey":"0017e78f0000027d"}
        """#
        let c = try change(json)
        #expect(c.private == true && c.wip == true)
        #expect(c.currentPatchSet?.kind == .trivialRebase)
        #expect(c.patchSets[0].approvals[0].type == "Code-Review")
        #expect(c.patchSets[0].approvals[0].rawType == "CRVW")
        #expect(c.patchSets[0].files[1].deletedLines == 2)
        #expect(c.patchSets[0].comments[0].unresolved == true)
        #expect(c.dependsOn[0].number == 4 && c.dependsOn[0].isCurrentPatchSet == false)
        #expect(c.submitRecords[0].labels.map(\.status) == ["REJECT", "NEED"])
        #expect(c.trackingIds == [TrackingId(system: "Bug", id: "42")])
        let encoded = try JSONEncoder().encode(c)
        #expect(try JSONDecoder().decode(Change.self, from: encoded) == c)
        // Wire shape: votes are strings again, old category ids are kept.
        let text = String(decoding: encoded, as: UTF8.self)
        #expect(text.contains(#""value":"-1""#))
        #expect(text.contains(#""type":"CRVW""#))
        #expect(text.contains(#""createdOn":100"#))
    }

    @Test func fractionalTimestampsRoundTrip() throws {
        let c = try change(#"{"number":1,"createdOn":1732550400123}"#)
        let again = try JSONDecoder().decode(Change.self, from: JSONEncoder().encode(c))
        #expect(again.createdOn == c.createdOn)
    }
}
