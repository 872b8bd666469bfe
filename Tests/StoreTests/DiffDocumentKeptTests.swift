import Foundation
import GerritModel
import Reports
import Testing
@testable import Store

/// The diff's page is kept in `DiffState` and laid out again only when what it is made of
/// changes: after every action that changes an input it equals a fresh layout (Reports'
/// `DiffDocument` and `DiffNote.notes` called directly, not through the store), and movement
/// keys leave it as it was.
@Suite struct DiffDocumentKeptTests {
    let base = DiffTests()

    /// The page as laid out from scratch from the state's inputs.
    func freshLayout(_ state: AppState) -> DiffDocument? {
        guard let diffState = state.diff, let patchDiff = diffState.diff else { return nil }
        let change = state.detail?.number == diffState.change
            ? state.detail?.change ?? state.changes[diffState.change] : state.changes[diffState.change]
        let (notes, hidden) = DiffNote.notes(of: change, patchSet: diffState.patchSet, base: diffState.base,
                                             bots: BotMatcher(names: state.classifierSettings.bots), includeBots: state.showBots)
        let layout: DiffDocument.Layout = state.size.width - 2 >= state.sideBySideWidth ? .sideBySide : .unified
        return DiffDocument(diff: patchDiff, notes: notes, hiddenBots: hidden, layout: layout)
    }

    /// Change 1 opened with its diff loaded.
    func loaded() -> AppState {
        var state = base.opened()
        _ = reduce(&state, .commandInvoked(.showDiff))
        _ = reduce(&state, .diffLoaded(base.sampleDiff(), at: t0))
        return state
    }

    /// Change 1 as the server sends it again, with one more human comment on nova/db.py.
    func withNewComment(_ state: AppState) throws -> Change {
        var one = try #require(state.detail?.change)
        let index = try #require(one.patchSets.firstIndex { $0.number == 3 })
        one.patchSets[index].comments.append(InlineComment(file: "nova/db.py", line: 13, reviewer: bob, message: "And here?"))
        one.currentPatchSet = one.patchSets[index]
        return one
    }

    @Test func theLoadedDiffIsLaidOutOnceAndKept() throws {
        var state = base.opened()
        _ = reduce(&state, .commandInvoked(.showDiff))
        #expect(state.diffDocument == nil)
        _ = reduce(&state, .diffLoaded(base.sampleDiff(), at: t0))
        let document = try #require(state.diffDocument)
        #expect(document == freshLayout(state))
        #expect(document.notes.map(\.author) == ["Bob Bell"])
    }

    @Test func aResizeLaysItOutAgainForTheNewWidth() throws {
        var state = loaded()
        for (width, height, layout) in [(200, 60, DiffDocument.Layout.sideBySide), (120, 40, .unified), (161, 30, .unified),
                                        (162, 30, .sideBySide), (80, 24, .unified)] {
            _ = reduce(&state, .resized(width: width, height: height))
            let document = try #require(state.diffDocument)
            #expect(document.layout == layout, "\(width)×\(height)")
            #expect(document == freshLayout(state), "\(width)×\(height)")
        }
    }

    @Test func showingBotsLaysItOutAgain() throws {
        var state = loaded()
        _ = reduce(&state, .commandInvoked(.toggleBots))
        #expect(state.diffDocument?.notes.map(\.author) == ["Bob Bell", "Zuul"])
        #expect(state.diffDocument == freshLayout(state))
        _ = reduce(&state, .commandInvoked(.toggleBots))
        #expect(state.diffDocument?.hiddenBots == 1)
        #expect(state.diffDocument == freshLayout(state))
    }

    @Test func theChangeReloadedWithANewCommentLaysItOutAgain() throws {
        var state = loaded()
        let one = try withNewComment(state)
        // A reply posted is seen when the change is loaded again (the detail after the review).
        _ = reduce(&state, .changeDetailLoaded(one, at: t0))
        #expect(state.diffDocument?.notes.map(\.lines) == [["Why not a dict?"], ["And here?"]])
        #expect(state.diffDocument == freshLayout(state))
    }

    @Test func aListRefreshLaysItOutAgainWhenTheListsCopyIsTheOneShown() throws {
        // d from the list: the detail is still loading, so the list's copy has the comments.
        var state = makeState()
        var one = change(1, patchSet: 3)
        one.patchSets = [PatchSet(number: 1), PatchSet(number: 2), one.currentPatchSet!]
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [one], at: t0))
        _ = reduce(&state, .commandInvoked(.showDiff))
        _ = reduce(&state, .diffLoaded(base.sampleDiff(), at: t0))
        #expect(state.detail?.change == nil)
        #expect(state.diffDocument?.notes.isEmpty == true)
        one.patchSets[2].comments = [InlineComment(file: "nova/api.py", line: 12, reviewer: bob, message: "Why not a dict?")]
        one.currentPatchSet = one.patchSets[2]
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [one], at: t0))
        #expect(state.diffDocument?.notes.count == 1)
        #expect(state.diffDocument == freshLayout(state))
        // The detail arrives without the comment (older): the detail's record is the one shown.
        one.patchSets[2].comments = []
        _ = reduce(&state, .changeDetailLoaded(one, at: t0))
        #expect(state.diffDocument?.notes.isEmpty == true)
        #expect(state.diffDocument == freshLayout(state))
    }

    @Test func anEventOnTheChangeKeepsItEqualToAFreshLayout() throws {
        var state = loaded()
        let before = try #require(state.diffDocument)
        _ = reduce(&state, .eventFeed(.event(commentAdded(1, by: bob, comment: "Patch Set 3: Looks good", at: t0)), at: t0))
        // Events carry no inline comments: the page is what it was, and what a fresh one is.
        #expect(state.diffDocument == before)
        #expect(state.diffDocument == freshLayout(state))
    }

    @Test func anotherBaseIsLaidOutWithTheBasesComments() throws {
        var state = base.opened()
        var one = try #require(state.detail?.change)
        one.patchSets[0].comments = [InlineComment(file: "nova/api.py", line: 12, reviewer: bob, message: "On the old side")]
        _ = reduce(&state, .changeDetailLoaded(one, at: t0))
        _ = reduce(&state, .commandInvoked(.showDiff))
        _ = reduce(&state, .diffLoaded(base.sampleDiff(), at: t0))
        _ = reduce(&state, .commandInvoked(.diffBase))
        #expect(state.diffDocument == nil)
        _ = reduce(&state, .diffLoaded(base.sampleDiff(base: .patchSet(1)), at: t0))
        let document = try #require(state.diffDocument)
        // The old side's line 12 (removed) comes before the new side's.
        #expect(document.notes.map(\.side) == [.old, .new])
        #expect(document == freshLayout(state))
    }

    @Test func movementKeysLeaveThePageAsItWas() throws {
        var state = loaded()
        let document = try #require(state.diffDocument)
        let inputs = state.diff?.layoutInputs
        let keys: [(CommandID, String?)] = [
            (.moveDown, nil), (.moveDown, nil), (.moveUp, nil), (.pageDown, nil), (.pageUp, nil), (.last, nil), (.first, nil),
            (.nextFile, nil), (.previousFile, nil), (.nextThread, nil), (.previousThread, nil),
            (.nextTab, nil), (.previousTab, nil),
        ]
        for (key, argument) in keys {
            _ = reduce(&state, .commandInvoked(key, argument: argument))
            #expect(state.diffDocument == document, "\(key)")
            #expect(state.diff?.layoutInputs == inputs, "\(key)")
        }
        _ = reduce(&state, .commandInvoked(.first))
        _ = reduce(&state, .wheelScrolled(by: 3))
        _ = reduce(&state, .tick(t0.addingTimeInterval(60)))
        #expect(state.diff?.scroll == 3)
        #expect(state.diffDocument == document)
    }

    @Test func aNewFetchDropsThePage() throws {
        var state = loaded()
        _ = reduce(&state, .commandInvoked(.diffBase, argument: "1"))
        #expect(state.diff?.diff == nil && state.diffDocument == nil)
        _ = reduce(&state, .diffFailed(change: 1, patchSet: 3, base: .patchSet(1), message: "denied", at: t0))
        #expect(state.diffDocument == nil)
    }
}
