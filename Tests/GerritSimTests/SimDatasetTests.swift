import Foundation
import Testing
@testable import GerritSim

/// The todo classifiers of the spec (§3.3), written plainly so the dataset can be checked against them.
private struct TodoCheck {
    let d: SimDataset
    let me: Int
    var bots: Set<Int> { Set(d.botIndexes) }

    func myVoteOnCurrent(_ c: SimChange) -> Bool { c.currentPatchSet.approvals.contains { $0.by == me } }
    func anyHumanVote(_ c: SimChange) -> Bool {
        c.patchSets.contains { $0.approvals.contains { !bots.contains($0.by) } }
    }
    var open: [SimChange] { d.changes.filter { $0.status == .new } }

    var mine: Int { open.filter { $0.reviewers.contains(me) && $0.owner != me && !myVoteOnCurrent($0) }.count }
    var others: Int {
        open.filter { !$0.reviewers.contains(me) && $0.owner != me && $0.patchSets.contains { !$0.approvals.isEmpty } }.count
    }
    var anyones: Int { open.filter { $0.owner != me && !myVoteOnCurrent($0) && anyHumanVote($0) }.count }
    var noones: Int { open.filter { $0.owner != me && !anyHumanVote($0) }.count }
    var approvable: Int {
        open.filter { c in
            let a = c.currentPatchSet.approvals
            return c.owner != me && !myVoteOnCurrent(c)
                && a.contains { $0.label == "Code-Review" && $0.value == 2 }
                && !a.contains { $0.label == "Workflow" }
                && !a.contains { $0.label == "Code-Review" && $0.value == -2 }
        }.count
    }
    var expirable: Int {
        open.filter { c in
            let neg = c.currentPatchSet.approvals.filter { $0.label == "Code-Review" && $0.value < 0 }
            guard let youngest = neg.map(\.grantedOn).max() else { return false }
            return d.now - youngest > 28 * 86_400
        }.count
    }
}

@Suite struct SimDatasetTests {
    @Test func sameSeedGivesIdenticalData() {
        #expect(Sim.dataset() == Sim.dataset())
        #expect(Sim.dataset(seed: 1) != Sim.dataset(seed: 2))
    }

    @Test func sizesAndPeople() {
        let d = Sim.dataset()
        #expect(d.changes.count == 320)
        #expect(d.projects.count >= 8)
        #expect(d.projects.contains { $0.name.hasSuffix("-specs") })
        #expect(d.projects.contains { $0.branches.contains { $0.hasPrefix("stable/") } })
        let humans = d.accounts.filter { !$0.isBot }
        #expect(humans.count >= 41)
        #expect(d.botIndexes.count == 5)
        #expect(humans.contains { $0.name.unicodeScalars.contains { !$0.isASCII } })
        #expect(d.accounts.contains { $0.name == "王伟" })
        #expect(d.accountIndex("demo") != nil)
    }

    @Test func changesLookLikeRealTraffic() {
        let d = Sim.dataset()
        let now = Int(Sim.now.timeIntervalSince1970)
        #expect(d.changes.allSatisfy { (1...8).contains($0.patchSets.count) })
        #expect(d.changes.contains { $0.patchSets.count >= 5 })
        #expect(d.changes.contains { $0.status == .merged })
        #expect(d.changes.contains { $0.status == .abandoned })
        #expect(d.changes.contains { $0.wip })
        #expect(d.changes.contains { $0.topic != nil })
        #expect(d.changes.contains { !$0.hashtags.isEmpty })
        #expect(d.changes.contains { !$0.dependsOn.isEmpty })
        #expect(d.changes.allSatisfy { $0.lastUpdated <= now && $0.createdOn <= $0.lastUpdated })
        #expect(d.changes.contains { now - $0.createdOn < 3600 })
        #expect(d.changes.contains { now - $0.createdOn > 90 * 86_400 })
        let approvals = d.changes.flatMap { $0.patchSets.flatMap(\.approvals) }
        for v in -2...2 where v != 0 {
            #expect(approvals.contains { $0.label == "Code-Review" && $0.value == v })
        }
        #expect(approvals.contains { $0.label == "Verified" && $0.value == -1 })
        #expect(approvals.contains { $0.label == "Workflow" && $0.value == 1 })
        #expect(approvals.allSatisfy { $0.grantedOn <= now })
        let inline = d.changes.flatMap { $0.patchSets.flatMap(\.comments) }
        #expect(inline.contains { $0.unresolved && $0.line != nil })
        let botMessages = d.changes.flatMap(\.messages).filter { d.accounts[$0.author].isBot }
        #expect(botMessages.contains { $0.message.split(separator: "\n").count > 8 })
        #expect(d.changes.flatMap(\.messages).contains { $0.message.hasPrefix("Patch Set 2: Code-Review+1") })
    }

    @Test func everyTodoReportHasRowsForDemo() {
        let d = Sim.dataset()
        let t = TodoCheck(d: d, me: d.demoIndex)
        for (name, n) in [("mine", t.mine), ("others", t.others), ("anyones", t.anyones), ("noones", t.noones),
                          ("approvable", t.approvable), ("expirable", t.expirable)] {
            #expect(n >= 4, "todo-\(name) has \(n) rows")
            #expect(n <= 250, "todo-\(name) has \(n) rows")
            print("todo-\(name): \(n)")
        }
        #expect(d.changes.contains { $0.owner == d.demoIndex })
    }

    /// A big dataset (the 1,200-row paging tests use one) is generated whole; its speed is a
    /// benchmark matter, not a wall-clock assert in a unit test.
    @Test func aLargeDatasetIsGeneratedWhole() {
        let d = SimDataset.generate(seed: 9, changeCount: 1_200, now: Sim.now)
        #expect(d.changes.count == 1_200)
        #expect(Set(d.changes.map(\.number)).count == 1_200)
    }

    @Test func stateRoundTripsThroughJSON() throws {
        let d = Sim.dataset(changes: 50)
        let state = SimStateFile(dataset: d, generator: SimEventGenerator(seed: 1, startingAt: d.now))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sim-state-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try state.save(to: url)
        let back = try SimStateFile.load(from: url)
        #expect(back == state)
        #expect(back.dataset.change(1001) != nil)
    }
}
