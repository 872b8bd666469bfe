import Foundation
import Testing
@testable import GerritModel
import GerritTestSupport

@Suite struct QueryRowTests {
    private func result(_ file: String) throws -> QueryResult {
        GerritLineDecoder(source: file).queryResult(in: try RealGerritSamples.data(file))
    }

    @Test func statsRowFieldsOfOldAndNewServers() throws {
        let old = try result("query-bicho-openstack-2011-2.2.jsonl")
        #expect(old.changes.count == 3)
        #expect(old.stats == QueryStats(rowCount: 67, runTimeMilliseconds: 365))
        #expect(old.moreChanges == false)
        #expect(old.resumeSortKey == "0017e76e00000276")  // last change's sortKey
        let new = try result("query-rdopkg-rdoproject-2016-2.11.jsonl")
        #expect(new.stats?.moreChanges == true)
        #expect(new.moreChanges)
        #expect(new.resumeSortKey == nil)
        let empty = try result("query-rdopkg-empty-2016-2.11.jsonl")
        #expect(empty.changes.isEmpty && empty.stats?.rowCount == 0)
    }

    @Test func statsRowWithStringsAndFloatsDecodes() throws {
        let row = try #require(GerritLineDecoder(source: "s").queryRow(#"{"type":"stats","rowCount":"3","runTimeMilliseconds":12.5,"moreChanges":"false"}"#, lineNumber: 1)?.value)
        #expect(row == .stats(QueryStats(rowCount: 3, moreChanges: false, runTimeMilliseconds: 12)))
    }

    @Test func statsRowWithoutTypeIsStillStats() throws {
        let row = try #require(GerritLineDecoder(source: "s").queryRow(#"{"rowCount":2,"moreChanges":true}"#, lineNumber: 1)?.value)
        #expect(row == .stats(QueryStats(rowCount: 2, moreChanges: true)))
    }

    @Test func resumeSortKeyFromTheStatsRowWins() throws {
        let rows = GerritLineDecoder(source: "s").queryRows(in: Data("""
        {"number":"1","sortKey":"aaa"}
        {"type":"stats","rowCount":1,"resumeSortKey":"bbb"}
        """.utf8))
        let result = QueryResult(rows: rows)
        #expect(result.resumeSortKey == "bbb")
        #expect(result.moreChanges)
    }

    @Test func errorRowBecomesAServerError() throws {
        let r = try result("query-error-chromite-2011-2.2.jsonl")
        #expect(r.serverError == GerritServerError(message: "Unsupported query:5S2D4D2D4"))
        #expect(r.serverError?.description == "Gerrit reported an error: Unsupported query:5S2D4D2D4")
        #expect(r.changes.isEmpty && r.stats == nil && r.lineErrors.isEmpty)
    }

    @Test func chromiteRowWithCurrentPatchSetAndEscapes() throws {
        let r = try result("query-chromite-2011-2.2.jsonl")
        let c = try #require(r.changes.first)
        #expect(c.subject == "Add functionality to cbuildbot to patch in a set of Gerrit CL's")
        #expect(c.createdOn == nil)
        #expect(c.latestPatchSet?.number == 3)
        #expect(c.owner?.identity == "rcui@chromium.org")
    }

    @Test func hmd3xRowsWithIntNumbersAndHtmlEscapes() throws {
        let r = try result("query-hmd-3.x-2021.jsonl")
        #expect(r.changes.map(\.number) == [40868, 40867, 40864])
        #expect(r.changes[0].subject?.hasPrefix("<48265>") == true)
        #expect(r.changes[0].owner?.name == nil)
        #expect(r.changes.allSatisfy { $0.status == .merged && !$0.isOpen })
    }

    @Test func changeMessagesAndInlineComments() throws {
        let r = try result("query-gerritbotrs-2.15.jsonl")
        #expect(r.changes[0].comments.map(\.message) == ["Uploaded patch set 1.", "Patch Set 1:\n\n(1 comment)"])
        #expect(r.changes[0].comments[0].timestamp == Date(timeIntervalSince1970: 1_524_584_729))
        let line = try RealGerritSamples.data("query-patchset-fragment-gerritbotrs-2.15.jsonl")
        let ps = try #require(GerritLineDecoder(source: "f").decode(PatchSet.self, line: line, lineNumber: 1)?.value)
        #expect(ps.comments == [InlineComment(file: "/COMMIT_MSG", line: 1,
                                               reviewer: Account(name: "jdoe", email: "john.doe@localhost", username: "jdoe"),
                                               message: "This is a multiline\ncomment\non some change.")])
        #expect(ps.kind == .rework && ps.isDraft == false)
        #expect(ps.author?.username == "")
    }
}
