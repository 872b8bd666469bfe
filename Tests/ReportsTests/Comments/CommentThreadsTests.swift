import Foundation
import GerritModel
import Reports
import Testing

@Suite("comment threads")
struct CommentThreadsTests {
    typealias F = CommentFixtures

    func threads(_ selection: CommentThreads.Selection = .all, includeBots: Bool = false) -> CommentThreads {
        CommentThreads(change: F.change, options: CommentThreads.Options(
            selection: selection, includeBots: includeBots, bots: F.bots))
    }

    @Test func groupsCommentsPerPatchSetInTimeOrderWithoutUploadNotes() {
        let result = threads()
        #expect(result.patchSets.map(\.number) == [1, 2])
        let first = result.patchSets[0].entries
        #expect(first.map(\.authorName) == ["Bob", "Bob", "Alice", "Alice"])
        #expect(first.map(\.kind) == [.message, .inline, .message, .inline])
        let times = first.compactMap(\.timestamp)
        #expect(times == times.sorted())
        #expect(!first.contains { $0.paragraphs.contains("Uploaded patch set 1.") })
    }

    @Test func inlineCommentsFollowTheReviewThatPublishedThemWithItsTime() {
        let entries = threads().patchSets[0].entries
        #expect(entries[1].location == "nova/compute/api.py:42")
        #expect(entries[1].unresolved == true)
        #expect(entries[1].timestamp == F.at(2))
        #expect(entries[0].summary == "Code-Review-1")
    }

    @Test func paragraphsAreKeptApart_bug9_14() {
        // §9.14: the original's word wrap ran paragraphs together.
        let review = threads().patchSets[0].entries[0]
        #expect(review.paragraphs == ["Needs work.", "Second paragraph\nwith two lines."])
        let inline = threads().patchSets[0].entries[1]
        #expect(inline.paragraphs == ["This should use the object, not a dict.", "Please also add a unit test."])
    }

    @Test func botsAreHiddenUnlessAskedAndCounted() {
        let hidden = threads()
        #expect(!hidden.patchSets.flatMap(\.entries).contains { $0.isBot })
        #expect(hidden.patchSets[0].hiddenBotEntries == 2)
        let shown = threads(includeBots: true)
        #expect(shown.patchSets[0].entries.contains { $0.authorName == "Jenkins" && $0.kind == .inline })
        #expect(shown.patchSets[0].hiddenBotEntries == 0)
    }

    @Test func patchOptionMeansThePatchSetNumberNotTheListPosition_bug9_14() {
        // §9.14: --patch N indexed the list; with patch set 1 missing, "2" picked patch set 3.
        var change = F.change
        change.patchSets.removeFirst()
        change.patchSets.append(PatchSet(number: 3, createdOn: F.at(30)))
        let result = CommentThreads(change: change, options: .init(selection: .number(2), bots: F.bots))
        #expect(result.patchSets.map(\.number) == [2])
        let missing = CommentThreads(change: change, options: .init(selection: .number(7), bots: F.bots))
        #expect(missing.patchSets.isEmpty)
        #expect(missing.availablePatchSets == [2, 3])
    }

    @Test func currentShowsOnlyTheNewestPatchSet() {
        let result = threads(.current)
        #expect(result.patchSets.map(\.number) == [2])
        #expect(result.patchSets[0].isCurrent)
    }

    @Test func abandonAndRestoreLandOnThePatchSetTheyHappenedOn() {
        let second = threads().patchSets[1].entries.filter { $0.kind == .message }
        #expect(second.map { $0.paragraphs.first ?? "" }.suffix(2) == ["Abandoned", "Restored"])
    }

    @Test func unresolvedCountsSkipThreadsResolvedByALaterReply() {
        let result = threads()
        // api.py:42 was answered "Done" (resolved); the bot's file comment and carol's nit are open.
        #expect(result.patchSets[0].unresolvedCount == 1)
        #expect(result.patchSets[1].unresolvedCount == 1)
        #expect(result.unresolvedCount == 2)
    }

    @Test func reportHasTheChangeItsPatchSetsAndEveryComment() {
        let parts = threads().report.parts
        #expect(parts.count == 3)
        guard case .table(let comments) = parts[2] else {
            Issue.record("third part is not a table")
            return
        }
        #expect(comments.rows.count == 8)
        #expect(comments.rows[1]["location"].value == .text("nova/compute/api.py:42"))
        #expect(comments.rows[1]["unresolved"].value == .text("yes"))
    }
}
