import Foundation
import GerritModel
import GerritRemote
import Testing
@testable import Store

/// A diff source that says how far it got, then answers or refuses.
struct ScriptedDiffSource: DiffSource {
    var refusal: String?

    func diff(_ request: DiffRequest, progress: @escaping @Sendable (String) -> Void) async throws -> PatchDiff {
        progress("Fetching \(request.change),\(request.patchSet)…")
        if let refusal { throw DiffSourceError(refusal) }
        return PatchDiff(change: request.change, patchSet: request.patchSet, base: request.base, files: [])
    }
}

@Suite struct DiffEffectTests {
    let request = DiffRequest(change: 1, project: "nova", patchSet: 3, ref: "refs/changes/01/1/3", base: .patchSet(2))

    @Test func theRunnerReportsProgressThenTheDiff() async {
        let runner = GerritEffectRunner(client: RefusingService(), clock: ManualClock(now: t0), diffSource: ScriptedDiffSource())
        let log = ActionLog()
        await runner.run(.loadDiff(request)) { log.append($0) }
        #expect(log.all == [.diffProgress(change: 1, text: "Fetching 1,3…"),
                            .diffLoaded(PatchDiff(change: 1, patchSet: 3, base: .patchSet(2), files: []), at: t0)])
    }

    @Test func aRefusalOrNoSourceIsOneMessage() async {
        let refusing = GerritEffectRunner(client: RefusingService(), clock: ManualClock(now: t0),
                                          diffSource: ScriptedDiffSource(refusal: "Could not fetch 1,3 from h:29418: denied"))
        let log = ActionLog()
        await refusing.run(.loadDiff(request)) { log.append($0) }
        #expect(log.all.last == .diffFailed(change: 1, patchSet: 3, base: .patchSet(2),
                                           message: "Could not fetch 1,3 from h:29418: denied", at: t0))
        let none = GerritEffectRunner(client: RefusingService(), clock: ManualClock(now: t0))
        let quiet = ActionLog()
        await none.run(.loadDiff(request)) { quiet.append($0) }
        #expect(quiet.all == [.diffFailed(change: 1, patchSet: 3, base: .patchSet(2), message: "Diffs are not available here", at: t0)])
    }

    @Test func resolvingFromTheDiffNeedsACommentInView() {
        var state = makeState()
        var one = change(1, patchSet: 1)
        one.patchSets = [one.currentPatchSet!]
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [one], at: t0))
        _ = reduce(&state, .commandInvoked(.open))
        _ = reduce(&state, .changeDetailLoaded(one, at: t0))
        _ = reduce(&state, .commandInvoked(.showDiff))
        let old = (1...5).map { "l\($0)" }
        var new = old
        new[2] = "changed"
        _ = reduce(&state, .diffLoaded(PatchDiff(change: 1, patchSet: 1, files: [FileDiff(path: "a.py", hunks: LineDiff.hunks(old: old, new: new))]),
                                       at: t0))
        _ = reduce(&state, .commandInvoked(.toggleResolved))
        #expect(state.confirmation == nil)
        #expect(state.messages.last?.text == "No inline comment in view to reply to; scroll to one first")
        // Replying with no comment in view starts a new one on the first line of code in view.
        _ = reduce(&state, .commandInvoked(.reply))
        if case .compose(let compose) = state.overlay {
            #expect(compose.purpose == .reply(change: 1, patchSet: 1, file: "a.py", line: 1, unresolved: nil))
        } else {
            Issue.record("no editor: \(state.overlay)")
        }
    }
}
