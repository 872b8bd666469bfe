import Foundation
import GerritModel
import GerritTestSupport
import Store
import Testing
@testable import TUI

/// A loop keeps row facts and comment threads from frame to frame (`TriageModelMemo`): the
/// model must be the one built without it, whatever changed between the frames.
@Suite struct TriageModelMemoTests {
    func state(width: Int = 200, height: Int = 60) -> AppState {
        var state = AppState(serverName: "review.example.org", user: "demo",
                             tabs: [TabSpec(id: "open", title: "Open", query: .status("open"))],
                             classifierSettings: SampleData.people, now: SampleData.now)
        _ = reduce(&state, .resized(width: width, height: height))
        _ = reduce(&state, .queryFinished(QueryID(GerritQuery.status("open").rendered), SampleData.changes, at: SampleData.now))
        return state
    }

    func expectSame(_ state: AppState, _ memo: TriageModelMemo, sourceLocation: SourceLocation = #_sourceLocation) {
        let kept = TriageModel(state: state, timeZone: SampleData.utc, memo: memo)
        let fresh = TriageModel(state: state, timeZone: SampleData.utc)
        #expect(kept == fresh, sourceLocation: sourceLocation)
    }

    @Test func aModelBuiltWithTheMemoIsTheModelBuiltWithout() throws {
        let memo = TriageModelMemo()
        var state = state()
        expectSame(state, memo)
        expectSame(state, memo)
        // A change on screen gets a CI failure and a vote: its row follows at once.
        let number = try #require(state.rows.first?.number)
        var changed = try #require(state.changes[number])
        let bot = Account(name: "Zuul", username: "zuul")
        changed.comments.append(ChangeMessage(timestamp: SampleData.now, reviewer: bot,
                                              message: "Patch Set \(changed.latestPatchSet?.number ?? 1): Build failed.\n\n- job FAILURE"))
        let failure = Approval(type: "Verified", value: -1, grantedOn: SampleData.now, by: bot)
        changed.currentPatchSet?.approvals.append(failure)
        if !changed.patchSets.isEmpty { changed.patchSets[changed.patchSets.count - 1].approvals.append(failure) }
        changed.lastUpdated = SampleData.now
        state.changes[number] = changed
        expectSame(state, memo)
        #expect(TriageModel(state: state, timeZone: SampleData.utc, memo: memo).rows.first?.ci == .failed)
        // Other bots: every kept fact is judged again.
        state.classifierSettings.bots = []
        expectSame(state, memo)
        // The comments pane follows the selection and the bot filter.
        _ = reduce(&state, .commandInvoked(.moveDown))
        expectSame(state, memo)
        _ = reduce(&state, .commandInvoked(.toggleBots))
        expectSame(state, memo)
        // At 80x24 (no comments pane unless focused) and back.
        _ = reduce(&state, .resized(width: 80, height: 24))
        expectSame(state, memo)
        _ = reduce(&state, .resized(width: 200, height: 60))
        expectSame(state, memo)
    }
}
