import Foundation
import Testing
@testable import GerritSim

@Suite struct SimJSONRendererTests {
    let server = Sim.server()

    func row(_ flags: String, _ q: String = "change:1001") async -> [String: Any] {
        Sim.rows(await server.run(commandLine: "gerrit query --format=JSON \(flags) \(q)", user: "demo")).first ?? [:]
    }

    @Test func bareRowHasOnlyTheBasics() async {
        let r = await row("")
        #expect(r["number"] as? Int == 1001)
        #expect((r["url"] as? String)?.hasSuffix("/+/1001") == true)
        #expect((r["url"] as? String)?.contains("/c/openstack/") == true)
        #expect(r["createdOn"] is Int && r["lastUpdated"] is Int && r["open"] is Bool && r["status"] is String)
        #expect((r["id"] as? String)?.count == 41)
        for absent in ["currentPatchSet", "patchSets", "comments", "commitMessage", "submitRecords", "allReviewers", "sortKey"] {
            #expect(r[absent] == nil, "\(absent)")
        }
    }

    @Test func fieldsAppearOnlyWhenAsked() async {
        #expect(await row("--current-patch-set")["currentPatchSet"] != nil)
        #expect(await row("--commit-message")["commitMessage"] != nil)
        #expect(await row("--comments")["comments"] != nil)
        #expect(await row("--submit-records")["submitRecords"] != nil)
        #expect(await row("--all-reviewers")["allReviewers"] != nil)
        let ps = (await row("--patch-sets")["patchSets"] as? [[String: Any]]) ?? []
        #expect(!ps.isEmpty && ps.allSatisfy { $0["approvals"] == nil && $0["files"] == nil })
        let full = (await row("--all-approvals --files --comments", "status:merged limit:1")["patchSets"] as? [[String: Any]]) ?? []
        let last = full.last ?? [:]
        let approvals = last["approvals"] as? [[String: Any]] ?? []
        #expect(approvals.contains { $0["type"] as? String == "Workflow" && $0["value"] as? String == "1" })
        #expect(approvals.allSatisfy { $0["grantedOn"] is Int && $0["by"] is [String: Any] })
        #expect((last["files"] as? [[String: Any]])?.first?["file"] as? String == "/COMMIT_MSG")
    }

    @Test func dependenciesBothWays() async {
        let d = Sim.dataset()
        guard let child = d.changes.first(where: { !$0.dependsOn.isEmpty }), let parent = child.dependsOn.first else {
            Issue.record("no dependent change in the dataset")
            return
        }
        let c = await row("--dependencies", "change:\(child.number)")
        #expect((c["dependsOn"] as? [[String: Any]])?.first?["number"] as? Int == parent)
        let p = await row("--dependencies", "change:\(parent)")
        #expect((p["neededBy"] as? [[String: Any]])?.contains { $0["number"] as? Int == child.number } == true)
    }

    @Test func inlineCommentsCarryFileLineAndUnresolved() async {
        let rows = Sim.rows(await server.run(commandLine: "gerrit query --format=JSON --patch-sets --comments status:open", user: "demo"))
        let comments = rows.flatMap { ($0["patchSets"] as? [[String: Any]] ?? []).flatMap { $0["comments"] as? [[String: Any]] ?? [] } }
        #expect(comments.contains { $0["line"] is Int && $0["unresolved"] as? Bool == true && $0["file"] is String })
    }

    @Test func gsonStyleEscapingAndUnicode() {
        let v = JSONValue.object([("m", .string("a<b>&c='d' \"q\"\n王伟 🚀\u{1}"))])
        #expect(v.serialized() == #"{"m":"a\u003cb\u003e\u0026c\u003d\u0027d\u0027 \"q\"\n王伟 🚀\u0001"}"#)
    }

    @Test func oldServerShapes() async {
        let old = GerritSimServer(dataset: Sim.dataset(), config: SimServerConfig(oldServer: true))
        let r = Sim.rows(await old.run(commandLine: "gerrit query --format=JSON --current-patch-set change:1001", user: "demo")).first ?? [:]
        #expect(r["number"] as? String == "1001")
        #expect(r["url"] as? String == "https://review.example.org/1001")
        #expect((r["currentPatchSet"] as? [String: Any])?["number"] as? String != nil)
        #expect(await old.run(commandLine: "gerrit version", user: "demo").stdout == ["gerrit version 2.8.6"])
    }
}
