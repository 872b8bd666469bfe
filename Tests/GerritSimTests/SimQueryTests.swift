import Foundation
import Testing
@testable import GerritSim

@Suite struct SimQueryTests {
    let server = Sim.server()
    let d = Sim.dataset()

    func numbers(_ q: String) async -> [Int] { Sim.numbers(await Sim.query(server, q)) }

    func expected(_ keep: (SimChange) -> Bool) -> Set<Int> { Set(d.changes.filter(keep).map(\.number)) }

    @Test func statusAndIs() async {
        #expect(Set(await numbers("status:open")) == expected { $0.status == .new })
        #expect(Set(await numbers("status:merged")) == expected { $0.status == .merged })
        #expect(Set(await numbers("status:abandoned")) == expected { $0.status == .abandoned })
        #expect(Set(await numbers("status:closed")) == expected { $0.status != .new })
        #expect(Set(await numbers("is:open")) == expected { $0.status == .new })
        #expect(Set(await numbers("is:closed")) == expected { $0.status != .new })
        #expect(Set(await numbers("is:wip")) == expected { $0.wip })
        #expect(Set(await numbers("is:owner")) == expected { $0.owner == d.demoIndex })
        #expect(Set(await numbers("is:reviewer")) == expected { $0.reviewers.contains(d.demoIndex) })
        #expect(!(await numbers("is:reviewed")).isEmpty)
    }

    @Test func rowsAreSortedByLastUpdatedDescending() async {
        let rows = Sim.rows(await Sim.query(server, "status:open"))
        let times = rows.compactMap { $0["lastUpdated"] as? Int }
        #expect(times.count == rows.count)
        #expect(times == times.sorted(by: >))
    }

    @Test func fieldTerms() async {
        #expect(Set(await numbers("project:openstack/nova")) == expected { $0.project == "openstack/nova" })
        #expect(Set(await numbers("branch:stable/2024.1")) == expected { $0.branch == "stable/2024.1" })
        #expect(Set(await numbers("branch:refs/heads/master")) == expected { $0.branch == "master" })
        #expect(Set(await numbers("topic:bug/2061254")) == expected { $0.topic == "bug/2061254" })
        #expect(Set(await numbers("owner:demo")) == expected { $0.owner == d.demoIndex })
        #expect(Set(await numbers("owner:self")) == expected { $0.owner == d.demoIndex })
        #expect(Set(await numbers("reviewer:self")) == expected { $0.reviewers.contains(d.demoIndex) })
        let wang = d.accountIndex("wangwei") ?? -1
        #expect(Set(await numbers("owner:wangwei@example.org")) == expected { $0.owner == wang })
        #expect(Set(await numbers("owner:王伟")) == expected { $0.owner == wang })
        #expect(Set(await numbers("hashtag:security")) == expected { $0.hashtags.contains("security") })
        #expect(await numbers("owner:nobody-here").isEmpty)
    }

    @Test func quotedAndBracedValues() async {
        let words = expected { $0.commitMessage.lowercased().contains("race in volume") }
        #expect(!words.isEmpty)
        #expect(Set(await numbers(#"'message:"race in volume"'"#)) == words)
        #expect(Set(await numbers("'message:{race in volume}'")) == words)
        #expect(Set(await numbers(#"'owner:"Zoë Castellanos"'"#)) == expected { $0.owner == d.accountIndex("zoec") })
    }

    @Test func emptyTopicMeansNoTopic() async {
        #expect(Set(await numbers("'( topic: )'")) == expected { $0.topic == nil })
    }

    @Test func labels() async {
        func current(_ c: SimChange, _ label: String, _ pred: (Int) -> Bool) -> Bool {
            c.currentPatchSet.approvals.contains { $0.label == label && pred($0.value) }
        }
        let plus2 = expected { current($0, "Code-Review") { $0 == 2 } }
        #expect(Set(await numbers("label:Code-Review=2")) == plus2)
        #expect(Set(await numbers("label:Code-Review=+2")) == plus2)
        #expect(Set(await numbers("label:Code-Review+2")) == plus2)
        #expect(Set(await numbers("label:code-review+2")) == plus2)
        #expect(Set(await numbers("label:Code-Review>=1")) == expected { current($0, "Code-Review") { $0 >= 1 } })
        #expect(Set(await numbers("label:Code-Review<=-1")) == expected { current($0, "Code-Review") { $0 <= -1 } })
        #expect(Set(await numbers("label:Code-Review-2")) == expected { current($0, "Code-Review") { $0 == -2 } })
        #expect(Set(await numbers("label:Verified=-1")) == expected { current($0, "Verified") { $0 == -1 } })
        #expect(Set(await numbers("label:Workflow=0")) == expected { !current($0, "Workflow") { $0 != 0 } })
        let zuul = d.accountIndex("zuul") ?? -1
        #expect(Set(await numbers("label:Verified=1,user=zuul")) ==
                expected { $0.currentPatchSet.approvals.contains { $0.by == zuul && $0.label == "Verified" && $0.value == 1 } })
    }

    @Test func ages() async {
        let now = d.now
        #expect(Set(await numbers("age:4w")) == expected { now - $0.lastUpdated >= 28 * 86_400 })
        #expect(Set(await numbers("-age:3h")) == expected { now - $0.lastUpdated < 3 * 3600 })
        #expect(Set(await numbers("NOT age:2d")) == expected { now - $0.lastUpdated < 2 * 86_400 })
        #expect(Set(await numbers("age:90min")) == expected { now - $0.lastUpdated >= 90 * 60 })
        #expect(!(await numbers("-age:1d")).isEmpty)
    }

    @Test func messageFileAndChange() async {
        #expect(Set(await numbers("file:nova/compute/manager.py")) ==
                expected { $0.currentPatchSet.files.contains { $0.path == "nova/compute/manager.py" } })
        #expect(Set(await numbers("file:driver.py")) ==
                expected { $0.currentPatchSet.files.contains { $0.path.hasSuffix("/driver.py") } })
        #expect(Set(await numbers("'file:^nova/virt/.*'")) ==
                expected { $0.currentPatchSet.files.contains { $0.path.hasPrefix("nova/virt/") } })
        #expect(await numbers("change:1001") == [1001])
        #expect(await numbers("1001") == [1001])
        let id = d.change(1002)?.changeId ?? "?"
        #expect(await numbers("change:\(id)") == [1002])
        #expect(await numbers("change:\(id.prefix(9))") == [1002])
        #expect(Set(await numbers("message:Closes-Bug")).count == d.changes.count)
    }

    @Test func booleanCombinations() async {
        let me = d.demoIndex
        let todoOthers = expected { $0.project == "openstack/nova" && $0.status == .new && !$0.reviewers.contains(me) }
        #expect(Set(await numbers("limit:500 AND ( project:openstack/nova ) AND ( NOT ( reviewer:demo ) ) AND ( status:open )")) == todoOthers)
        #expect(Set(await numbers("project:openstack/nova status:open -reviewer:demo")) == todoOthers)
        #expect(Set(await numbers("'( branch:master OR branch:stable/2024.1 ) AND -is:wip'")) ==
                expected { ($0.branch == "master" || $0.branch == "stable/2024.1") && !$0.wip })
        #expect(Set(await numbers("status:merged OR status:abandoned")) == expected { $0.status != .new })
        // OR binds looser than juxtaposition: a b OR c == (a b) OR c.
        #expect(Set(await numbers("project:openstack/glance status:open OR status:abandoned")) ==
                expected { ($0.project == "openstack/glance" && $0.status == .new) || $0.status == .abandoned })
        #expect(Set(await numbers("'NOT (status:open OR status:merged)'")) == expected { $0.status == .abandoned })
    }

    @Test func limitCapsRowsAndSmallestWins() async {
        let r = await Sim.query(server, "status:open limit:7 limit:3")
        #expect(Sim.rows(r).count == 3)
        #expect(Sim.stats(r)["moreChanges"] as? Bool == true)
        #expect(Sim.stats(r)["rowCount"] as? Int == 3)
    }

    @Test func unknownOperatorGivesErrorRowAndNoStats() async {
        let r = await Sim.query(server, "frobnicate:yes status:open")
        #expect(r.exitStatus == 0)
        #expect(r.stdout.count == 1)
        #expect(Sim.object(r.stdout[0])["type"] as? String == "error")
        #expect((Sim.object(r.stdout[0])["message"] as? String ?? "").contains("frobnicate"))
        for bad in ["status:bogus", "label:Frob=1", "age:soon", "'(status:open'", "resume_sortkey:00ff"] {
            let e = await Sim.query(server, bad)
            #expect(Sim.object(e.stdout.first ?? "")["type"] as? String == "error", "\(bad)")
        }
    }

    @Test func onlyJSONFormat() async {
        let r = await server.run(commandLine: "gerrit query --format=TEXT status:open", user: "demo")
        #expect(r.exitStatus == 1)
        #expect(r.stderr.hasPrefix("fatal: "))
    }

    @Test func parserShapes() throws {
        #expect(try SimQueryParser.parse("") == .all)
        #expect(try SimQueryParser.parse("a:1 b:2 OR -c:3") ==
                .or([.and([.term(op: "a", value: "1"), .term(op: "b", value: "2")]), .not(.term(op: "c", value: "3"))]))
        #expect(try SimQueryParser.parse(#"message:"x \" y""#) == .term(op: "message", value: #"x " y"#))
        #expect(throws: SimQueryError.self) { try SimQueryParser.parse("(a:1") }
        #expect(throws: SimQueryError.self) { try SimQueryParser.parse("a:1 )") }
        #expect(throws: SimQueryError.self) { try SimQueryParser.parse("message:{open") }
    }
}

/// The simulator is as strict as Gerrit about a missing or empty query, so a client that sends
/// one fails in our tests before it fails in front of a user.
@Suite struct SimEmptyQueryTests {
    let server = Sim.server()

    @Test func noQueryWordIsRefusedLikeArgs4j() async {
        let result = await server.run(commandLine: "gerrit query --format=JSON --current-patch-set", user: "demo")
        #expect(result.exitStatus == 1)
        #expect(result.stderr == "fatal: Argument \"QUERY\" is required\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func anEmptyOrBlankQueryIsRefused() async {
        for commandLine in ["gerrit query --format=JSON ''", "gerrit query --format=JSON '  '"] {
            let result = await server.run(commandLine: commandLine, user: "demo")
            #expect(result.exitStatus == 1, "\(commandLine)")
            #expect(result.stderr == "fatal: query is required\n", "\(commandLine)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func aQueryOfOnlyALimitIsAccepted() async {
        let result = await server.run(commandLine: "gerrit query --format=JSON limit:500", user: "demo")
        #expect(result.exitStatus == 0)
        #expect(!Sim.numbers(result).isEmpty)
    }
}
