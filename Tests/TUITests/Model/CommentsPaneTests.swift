import Foundation
import GerritModel
import Reports
import Testing
import TUI

@Suite("Comments pane: Reports' threads, newest patch set first, safe to draw")
struct CommentsPaneTests {
    func pane(_ change: Change = SampleData.first, showBots: Bool = false) -> CommentsPane {
        CommentsPane(CommentThreads(change: change, options: SampleData.people.commentOptions(showingBots: showBots)))
    }

    @Test("Newest patch set first, the votes split off, the '(1 comment)' line gone, the inline comment under its review")
    func order() {
        let ps3 = pane().patchSets[0]
        #expect(pane().patchSets.map(\.number) == [3, 2])
        #expect(ps3.comments.map(\.author) == ["Gary Kotton", "Gary Kotton", "Jay Pipes"])
        #expect(ps3.comments.map(\.kind) == [.message, .inline, .message])
        #expect(ps3.comments[0].votes == "Code-Review-1")
        #expect(ps3.comments[0].lines == ["Nearly there."])
        #expect(ps3.comments[1].location == "nova/virt/libvirt/driver.py:312")
        #expect(ps3.comments[1].isUnresolved)
        #expect(pane().unresolvedCount == 1)
    }

    @Test("Bots are counted, not shown, unless asked; every bot of the change is on each CI line")
    func bots() {
        let hidden = pane()
        #expect(hidden.patchSets.map(\.hiddenBots) == [2, 1])
        #expect(hidden.patchSets[0].ci.map(\.bot) == ["Zuul", "Jenkins"])
        #expect(hidden.patchSets[0].ci.map(\.status) == [.passed, .passed])
        // Jenkins said nothing on patch set 2: it is listed, with no verdict.
        #expect(hidden.patchSets[1].ci.map(\.status) == [.failed, .unknown])
        let shown = pane(showBots: true)
        #expect(shown.patchSets[0].comments.filter(\.isBot).count == 2)
        #expect(shown.patchSets[0].hiddenBots == 0)
    }

    @Test("An upload notice is no comment, and server text is made safe")
    func uploadsAndSanitizing() {
        var change = SampleData.first
        change.comments.append(ChangeMessage(timestamp: SampleData.ago(50), reviewer: SampleData.vladan,
                                             message: "Uploaded patch set 3."))
        change.comments.append(ChangeMessage(timestamp: SampleData.ago(40), reviewer: SampleData.vladan,
                                             message: "Patch Set 3:\n\nFixed \u{1b}[31mit\u{1b}[0m."))
        let comments = pane(change).patchSets[0].comments
        #expect(comments.filter { $0.author == "Vladan Popović" }.map(\.lines) == [["Fixed ^[[31mit^[[0m."]])
    }
}
