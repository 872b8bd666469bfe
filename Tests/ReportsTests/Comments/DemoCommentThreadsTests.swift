import Foundation
import GerritModel
import Reports
import Testing

@Suite("comment threads over the demo dataset")
struct DemoCommentThreadsTests {
    @Test func everyPatchSetHasCIAndHumanCommentsOnly() async throws {
        let changes = try await DemoData.changes(.and([.project("openstack/nova"), .status("open")]), comments: true)
        let busy = try #require(changes.first { $0.patchSets.count >= 2 && $0.comments.count >= 6 })
        let threads = CommentThreads(change: busy, options: .init(bots: DemoData.bots, botOrder: ["zuul", "jenkins"]))
        #expect(threads.patchSets.map(\.number) == busy.patchSets.map(\.number).sorted())
        #expect(threads.patchSets.allSatisfy { $0.ci.results.first?.bot == "Zuul" })
        let entries = threads.patchSets.flatMap(\.entries)
        #expect(!entries.contains { $0.isBot })
        #expect(threads.patchSets.contains { $0.hiddenBotEntries > 0 })
        for thread in threads.patchSets {
            let times = thread.entries.filter { $0.kind == .message }.compactMap(\.timestamp)
            #expect(times == times.sorted())
        }
        let all = CommentThreads(change: busy, options: .init(includeBots: true, bots: DemoData.bots))
        #expect(all.patchSets.flatMap(\.entries).contains { $0.isBot })
    }

    @Test func everyInlineCommentOfTheDatasetIsShownOnce() async throws {
        let changes = try await DemoData.changes(.and([.project("openstack/glance")]), comments: true)
        for change in changes {
            let threads = CommentThreads(change: change, options: .init(includeBots: true, bots: DemoData.bots))
            let shown = threads.patchSets.flatMap(\.entries).filter { $0.kind == .inline }.count
            #expect(shown == change.patchSets.reduce(0) { $0 + $1.comments.count }, "change \(change.number)")
        }
    }
}
