import Foundation
import GerritModel
import Testing
import TUI

@Suite("Comment threads: per patch set, in time order, bots filtered")
struct CommentThreadsTests {
    let isBot: (Account?) -> Bool = { SampleData.people.isBot($0) }

    @Test("Newest patch set first, messages in time order, the votes line split off")
    func order() {
        let threads = CommentThreads(change: SampleData.first, showBots: false, isBot: isBot)
        #expect(threads.patchSets.map(\.number) == [3, 2])
        let ps3 = threads.patchSets[0]
        #expect(ps3.entries.map(\.author) == ["Gary Kotton", "Jay Pipes"])
        #expect(ps3.entries[0].votes == "Code-Review-1")
        #expect(ps3.entries[0].body == ["(1 comment)", "", "Nearly there."])
    }

    @Test("Bots are counted, not shown, unless asked; their results make the CI line")
    func bots() {
        let hidden = CommentThreads(change: SampleData.first, showBots: false, isBot: isBot)
        #expect(hidden.patchSets[0].hiddenBots == 2)
        #expect(hidden.patchSets[0].ci.map(\.name) == ["Zuul", "Jenkins"])
        #expect(hidden.patchSets[0].ci.map(\.status) == [.passed, .passed])
        #expect(hidden.patchSets[1].ci.map(\.status) == [.failed])
        let shown = CommentThreads(change: SampleData.first, showBots: true, isBot: isBot)
        #expect(shown.patchSets[0].entries.count == 4)
        #expect(shown.patchSets[0].hiddenBots == 0)
    }

    @Test("Inline comments appear once, with file:line, under the message that announces them")
    func inline() {
        var change = SampleData.first
        change.comments.append(ChangeMessage(timestamp: SampleData.ago(60), reviewer: SampleData.gary,
                                             message: "Patch Set 3:\n\nOne more thing."))
        let threads = CommentThreads(change: change, showBots: false, isBot: isBot)
        let gary = threads.patchSets[0].entries.filter { $0.author == "Gary Kotton" }
        #expect(gary.count == 2)
        #expect(gary[0].inline.map(\.location) == ["nova/virt/libvirt/driver.py:312  (unresolved)"])
        #expect(gary[0].inline.map(\.text) == ["please use self.assertIsNone"])
        #expect(gary[1].inline.isEmpty)
    }
}
