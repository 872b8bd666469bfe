import Foundation
import GerritModel
import Reports
import Testing

@Suite("ref updates folded into the lines they repeat")
struct RefUpdateFolderTests {
    func summary(_ json: String) throws -> EventSummary {
        let event = try JSONDecoder().decode(StreamEvent.self, from: Data(json.utf8))
        return EventSummary(event: event, receivedAt: Date(timeIntervalSince1970: 0), bots: BotMatcher(names: ["zuul"]))
    }

    func ref(_ name: String, project: String = "p") -> String {
        #"{"type":"ref-updated","submitter":{"username":"zuul"},"refUpdate":{"oldRev":"1111111","newRev":"2222222","refName":"\#(name)","project":"\#(project)"}}"#
    }

    let merged = #"{"type":"change-merged","change":{"number":7,"project":"p","branch":"master"},"submitter":{"username":"zuul"}}"#
    let upload = #"{"type":"patchset-created","change":{"number":7,"project":"p","branch":"master"},"patchSet":{"number":2,"ref":"refs/changes/07/7/2"},"uploader":{"username":"carol"}}"#

    /// Which of `lines` get a line of their own, in order.
    func shown(_ lines: [String]) throws -> [String] {
        var folder = RefUpdateFolder()
        return try lines.map(summary).filter { !folder.folds($0) }.map(\.headline)
    }

    @Test func aPatchSetsRefUpdateFoldsIntoItsUploadWhicheverComesFirst() throws {
        #expect(try shown([upload, ref("refs/changes/07/7/2")]) == ["new patch set 2"])
        #expect(try shown([ref("refs/changes/07/7/2"), upload]) == ["new patch set 2"])
        #expect(try shown([ref("refs/changes/07/7/meta")]) == [])
    }

    @Test func aBranchUpdateFoldsIntoTheMergeBeforeIt() throws {
        #expect(try shown([merged, ref("refs/heads/master")]) == ["merged"])
        // Old servers (Qt's 2.7 fork) name the branch short.
        #expect(try shown([merged, ref("master")]) == ["merged"])
    }

    @Test func otherRefUpdatesKeepTheirLineNamedInWords() throws {
        // A second push to the branch after the merge was folded is a happening of its own.
        #expect(try shown([merged, ref("refs/heads/master"), ref("refs/heads/master")])
            == ["merged", "ref updated: refs/heads/master → 2222222"])
        #expect(try shown([merged, ref("refs/heads/master", project: "other")])
            == ["merged", "ref updated: refs/heads/master → 2222222"])
        #expect(try shown([ref("refs/meta/config"), ref("refs/tags/1.0")])
            == ["ref updated: refs/meta/config → 2222222", "ref updated: refs/tags/1.0 → 2222222"])
    }

    @Test func aBatchFoldsWhenEveryRefInItDoes() throws {
        let batch = #"{"type":"batch-ref-updated","refUpdates":[{"refName":"refs/changes/07/7/meta","project":"p"},{"refName":"refs/heads/master","project":"p"}]}"#
        #expect(try shown([merged, batch]) == ["merged"])
        #expect(try shown([batch]) == ["2 refs updated"])
    }
}
