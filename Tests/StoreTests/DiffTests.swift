import Foundation
import GerritModel
import GerritRemote
import Reports
import Testing
@testable import Store

/// The diff pane (issue I): open it from a change, fetch as an effect, change the base, move
/// between files and comments, reply from it; a failed fetch is one message.
@Suite struct DiffTests {
    /// Change 1 at patch set 3 (project nova), opened in the detail, with a human and a bot
    /// comment on nova/api.py.
    func opened() -> AppState {
        var state = makeState(width: 80, height: 24)
        var one = change(1, patchSet: 3)
        one.currentPatchSet?.ref = "refs/changes/01/1/3"
        one.currentPatchSet?.revision = "c3"
        one.currentPatchSet?.comments = [
            InlineComment(file: "nova/api.py", line: 12, reviewer: bob, message: "Why not a dict?", unresolved: true),
            InlineComment(file: "nova/api.py", line: 13, reviewer: zuul, message: "Coverage dropped"),
        ]
        one.patchSets = [PatchSet(number: 1, revision: "c1", ref: "refs/changes/01/1/1"), PatchSet(number: 2), one.currentPatchSet!]
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [one], at: t0))
        _ = reduce(&state, .commandInvoked(.open))
        _ = reduce(&state, .changeDetailLoaded(one, at: t0))
        return state
    }

    /// Two files of 20 lines whose lines 12 and 13 changed: enough rows to scroll.
    func sampleDiff(base: DiffBase = .parent) -> PatchDiff {
        let old = (1...20).map { "line \($0)" }
        var new = old
        new[11] = "changed 12"
        new[12] = "changed 13"
        return PatchDiff(change: 1, patchSet: 3, base: base, files: [
            FileDiff(path: "nova/api.py", hunks: LineDiff.hunks(old: old, new: new)),
            FileDiff(path: "nova/db.py", hunks: LineDiff.hunks(old: old, new: new)),
        ])
    }

    @Test func dOpensTheNewestPatchSetAgainstItsParentAsAnEffect() {
        var state = opened()
        let effects = reduce(&state, .commandInvoked(.showDiff))
        #expect(state.focus == .diff)
        #expect(state.diff == DiffState(change: 1, patchSet: 3, loading: true, progress: "Fetching 1,3 against Base…"))
        #expect(effects == [.loadDiff(DiffRequest(change: 1, project: "nova", patchSet: 3, ref: "refs/changes/01/1/3",
                                                  revision: "c3"))])
        #expect(state.statusBar.refresh == "Fetching 1,3 against Base…")
        _ = reduce(&state, .diffProgress(change: 1, text: "Fetching 1,3 (refs/changes/01/1/3) from h:29418…"))
        #expect(state.statusBar.refresh == "Fetching 1,3 (refs/changes/01/1/3) from h:29418…")
        _ = reduce(&state, .diffLoaded(sampleDiff(), at: t0))
        #expect(state.diff?.loading == false && state.diff?.diff == sampleDiff())
        // Esc goes back where d came from.
        _ = reduce(&state, .commandInvoked(.back))
        #expect(state.focus == .detail)
        // A second d shows what was fetched: nothing is fetched again.
        #expect(reduce(&state, .commandInvoked(.showDiff)).isEmpty)
    }

    @Test func commentsSitUnderTheirLinesAndBotsOnlyWithB() throws {
        var state = opened()
        _ = reduce(&state, .commandInvoked(.showDiff))
        _ = reduce(&state, .diffLoaded(sampleDiff(), at: t0))
        var document = try #require(state.diffDocument)
        #expect(document.notes.map(\.author) == ["Bob Bell"])
        #expect(document.hiddenBots == 1)
        // Under new line 12: the row after it is the comment.
        let line12 = try #require(document.rows.firstIndex { row in
            if case .line(0, let h, let l) = row { return document.diff.files[0].hunks[h].lines[l].newNumber == 12 }
            return false
        })
        #expect(document.rows[line12 + 1] == .noteHeader(0))
        _ = reduce(&state, .commandInvoked(.toggleBots))
        document = try #require(state.diffDocument)
        #expect(document.notes.map(\.author) == ["Bob Bell", "Zuul"])
    }

    @Test func nAndPMoveBetweenFilesAndBracketsBetweenComments() throws {
        var state = opened()
        _ = reduce(&state, .commandInvoked(.showDiff))
        _ = reduce(&state, .diffLoaded(sampleDiff(), at: t0))
        let document = try #require(state.diffDocument)
        _ = reduce(&state, .commandInvoked(.nextFile))
        #expect(state.diff?.scroll == document.fileRows[1])
        _ = reduce(&state, .commandInvoked(.previousFile))
        #expect(state.diff?.scroll == 0)
        _ = reduce(&state, .commandInvoked(.nextThread))
        #expect(state.diff?.scroll == document.noteRows[0])
        _ = reduce(&state, .commandInvoked(.nextThread))
        #expect(state.messages.last?.text == "No comment below")
        // Movement stops at the last page.
        _ = reduce(&state, .commandInvoked(.last))
        #expect(state.diff?.scroll == document.rows.count - 19)
    }

    @Test func theBaseStepsThroughEarlierPatchSetsAndBack() {
        var state = opened()
        _ = reduce(&state, .commandInvoked(.showDiff))
        let toOne = reduce(&state, .commandInvoked(.diffBase))
        #expect(toOne == [.loadDiff(DiffRequest(change: 1, project: "nova", patchSet: 3, ref: "refs/changes/01/1/3", revision: "c3",
                                                base: .patchSet(1), baseRef: "refs/changes/01/1/1", baseRevision: "c1"))])
        _ = reduce(&state, .commandInvoked(.diffBase))
        #expect(state.diff?.base == .patchSet(2))
        _ = reduce(&state, .commandInvoked(.diffBase))
        #expect(state.diff?.base == .parent)
        _ = reduce(&state, .commandInvoked(.diffBase, argument: "2"))
        #expect(state.diff?.base == .patchSet(2))
        #expect(reduce(&state, .commandInvoked(.diffBase, argument: "3")).isEmpty)
        #expect(state.messages.last?.text == "diff-base takes an earlier patch set (1…2) or 0 for the parent")
        // An answer for a base no longer asked for is dropped.
        _ = reduce(&state, .diffLoaded(sampleDiff(base: .parent), at: t0))
        #expect(state.diff?.diff == nil)
    }

    @Test func aFailedFetchIsOneMessageAndTheRestKeepsWorking() {
        var state = opened()
        _ = reduce(&state, .commandInvoked(.showDiff))
        _ = reduce(&state, .diffFailed(change: 1, patchSet: 3, base: .parent, message: "Could not fetch 1,3 from h:29418: denied",
                                       at: t0))
        #expect(state.diff?.error == "Could not fetch 1,3 from h:29418: denied")
        #expect(state.messages.map(\.text) == ["Could not fetch 1,3 from h:29418: denied"])
        _ = reduce(&state, .commandInvoked(.back))
        #expect(state.focus == .detail)
        #expect(reduce(&state, .commandInvoked(.showComments)).isEmpty)
        #expect(state.focus == .comments)
    }

    @Test func showDiffWithAFileJumpsToItOnceFetched() throws {
        var state = opened()
        _ = reduce(&state, .commandInvoked(.showDiff, argument: "nova/db.py"))
        _ = reduce(&state, .diffLoaded(sampleDiff(), at: t0))
        #expect(state.diff?.scroll == state.diffDocument?.fileRows[1])
    }

    @Test func replyInTheDiffGoesToTheCommentInViewOrTheLineAtTheTop() {
        var state = opened()
        _ = reduce(&state, .commandInvoked(.showDiff))
        _ = reduce(&state, .diffLoaded(sampleDiff(), at: t0))
        #expect(state.diffThreadArgument() == AppState.threadArgument(patchSet: 3, file: "nova/api.py", line: 12, unresolved: true))
        _ = reduce(&state, .commandInvoked(.reply))
        guard case .compose(let compose) = state.overlay else {
            Issue.record("no editor: \(state.overlay)")
            return
        }
        #expect(compose.purpose == .reply(change: 1, patchSet: 3, file: "nova/api.py", line: 12, unresolved: nil))
        _ = reduce(&state, .composeCancelled)
        // A diff without comments in view comments on the first line of code in view.
        var quiet = opened()
        quiet.detail?.change?.currentPatchSet?.comments = []
        quiet.detail?.change?.patchSets[2].comments = []
        _ = reduce(&quiet, .commandInvoked(.showDiff))
        _ = reduce(&quiet, .diffLoaded(sampleDiff(), at: t0))
        _ = reduce(&quiet, .commandInvoked(.nextFile))
        #expect(quiet.diffThreadArgument() == AppState.threadArgument(patchSet: 3, file: "nova/db.py", line: 9, unresolved: false))
    }

    @Test func sideBySideFromTheConfiguredWidth() {
        var state = opened()
        _ = reduce(&state, .commandInvoked(.showDiff))
        _ = reduce(&state, .diffLoaded(sampleDiff(), at: t0))
        #expect(state.diffLayout == .unified)
        _ = reduce(&state, .resized(width: 200, height: 60))
        #expect(state.diffLayout == .sideBySide)
        #expect(state.diffDocument?.layout == .sideBySide)
        state.sideBySideWidth = 250
        #expect(state.diffLayout == .unified)
    }

    @Test func escWhileFetchingStopsTheFetchAndDFetchesAgain() {
        var state = opened()
        _ = reduce(&state, .commandInvoked(.showDiff))
        #expect(reduce(&state, .commandInvoked(.back)) == [.cancelDiff])
        #expect(state.focus == .detail)
        #expect(state.diff?.loading == false && state.diff?.error == "Stopped fetching; d fetches again")
        let again = reduce(&state, .commandInvoked(.showDiff))
        #expect(again.count == 1 && state.diff?.loading == true)
        // Once fetched, Esc only goes back.
        _ = reduce(&state, .diffLoaded(sampleDiff(), at: t0))
        #expect(reduce(&state, .commandInvoked(.back)).isEmpty)
    }

    @Test func dFromTheListAlsoLoadsTheChangesComments() {
        var state = makeState()
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1, patchSet: 2)], at: t0))
        let effects = reduce(&state, .commandInvoked(.showDiff))
        #expect(state.focus == .diff && state.history == [.list])
        #expect(effects.contains(.loadChangeDetail(number: 1, options: .everything)))
        #expect(effects.contains { if case .loadDiff(let request) = $0 { return request.patchSet == 2 }; return false })
    }

    @Test func leftAndRightScrollTheCodeSidewaysInTheDiffOnly() {
        var state = opened()
        _ = reduce(&state, .commandInvoked(.showDiff))
        _ = reduce(&state, .commandInvoked(.nextTab))
        _ = reduce(&state, .commandInvoked(.nextTab, argument: "2"))
        #expect(state.diff?.column == 24 && state.currentTab == 0)
        _ = reduce(&state, .commandInvoked(.previousTab, argument: "5"))
        #expect(state.diff?.column == 0)
    }
}
