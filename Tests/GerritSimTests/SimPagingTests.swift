import Foundation
import Testing
@testable import GerritSim

@Suite struct SimPagingTests {
    static let big = Sim.dataset(changes: 1_200)

    @Test func startPagingConcatenatesToTheFullSet() async {
        let server = GerritSimServer(dataset: Self.big, config: SimServerConfig(pageCap: 100))
        var all: [Int] = []
        var start = 0
        var pages = 0
        while true {
            let r = await server.run(commandLine: "gerrit query --format=JSON --start \(start) limit:500", user: "demo")
            let page = Sim.numbers(r)
            #expect(page.count <= 100)
            all += page
            start += page.count
            pages += 1
            if Sim.stats(r)["moreChanges"] as? Bool != true || pages > 20 { break }
        }
        #expect(pages == 12)
        #expect(all.count == 1_200)
        #expect(Set(all).count == 1_200)
        let whole = await server.run(commandLine: "gerrit query --format=JSON --no-limit 'status:open OR status:closed'", user: "demo")
        #expect(Sim.numbers(whole) == all)
    }

    @Test func shortStartOptionWorksToo() async {
        let server = GerritSimServer(dataset: Self.big, config: SimServerConfig(pageCap: 100))
        let a = Sim.numbers(await server.run(commandLine: "gerrit query --format=JSON -S 100 status:open", user: "demo"))
        let b = Sim.numbers(await server.run(commandLine: "gerrit query --format=JSON --start=100 status:open", user: "demo"))
        let c = Sim.numbers(await server.run(commandLine: "gerrit query --format=JSON status:open --start 100", user: "demo"))
        #expect(!a.isEmpty)
        #expect(a == b)
        #expect(a == c)
    }

    @Test func sortKeyPagingOnAnOldServer() async {
        let server = GerritSimServer(dataset: Self.big, config: SimServerConfig(oldServer: true, pageCap: 100))
        var all: [Int] = []
        var key: String?
        var pages = 0
        while pages < 20 {
            let resume = key.map { " AND resume_sortkey:\($0)" } ?? ""
            let r = await server.run(commandLine: "gerrit query --format=JSON limit:500\(resume)", user: "demo")
            let rows = Sim.rows(r)
            pages += 1
            if rows.isEmpty { break }
            #expect(rows.allSatisfy { $0["number"] is String && ($0["sortKey"] as? String)?.count == 16 })
            #expect(Sim.stats(r)["moreChanges"] == nil)
            all += Sim.numbers(r)
            key = rows.last?["sortKey"] as? String
            if Sim.stats(r)["resumeSortKey"] != nil { #expect(Sim.stats(r)["resumeSortKey"] as? String == key) }
        }
        #expect(pages == 13, "12 full pages, then the empty one old clients need")
        #expect(all.count == 1_200)
        #expect(Set(all).count == 1_200)
    }

    @Test func oldServerRejectsStartAndNewServerRejectsSortKey() async {
        let old = GerritSimServer(dataset: Sim.dataset(changes: 20), config: SimServerConfig(oldServer: true))
        let r = await old.run(commandLine: "gerrit query --format=JSON --start 3 status:open", user: "demo")
        #expect(r.exitStatus == 1)
        #expect(r.stderr.contains("\"--start\" is not a valid option"))
        let new = GerritSimServer(dataset: Sim.dataset(changes: 20))
        let e = await new.run(commandLine: "gerrit query --format=JSON resume_sortkey:00000001", user: "demo")
        #expect(Sim.object(e.stdout.first ?? "")["type"] as? String == "error")
    }

    @Test func sameSeedGivesByteIdenticalOutput() async {
        let cmd = "gerrit query --format=JSON --current-patch-set --patch-sets --all-approvals --comments --files --dependencies --submit-records --all-reviewers --commit-message status:open"
        let a = await Sim.server().run(commandLine: cmd, user: "demo")
        let b = await Sim.server().run(commandLine: cmd, user: "demo")
        #expect(a.stdout.count > 100)
        #expect(a == b)
    }
}
