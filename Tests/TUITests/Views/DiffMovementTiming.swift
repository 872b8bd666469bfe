import Foundation
import GerritModel
import Reports
import Store
import Testing
import TUI

/// What one movement key costs in the diff pane of a 10,008-line diff (`LongDiff`): the
/// reducer's share, and the frame's (the screen model from the state, the comparison with the
/// last model, the drawing), as `TriageApp` does them. Prints, never asserts. Run with
/// `GERRYMANDER_BENCH=1 swift test --filter DiffMovementTiming`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["GERRYMANDER_BENCH"] == "1", "a benchmark: GERRYMANDER_BENCH=1"))
struct DiffMovementTiming {
    @Test func movementKeysInALongDiff() throws {
        let files = UnifiedDiffParser.parse(LongDiff.text)
        for (width, height) in [(80, 24), (200, 60)] {
            var state = AppState(serverName: "review.example.org", user: "demo",
                                 tabs: [TabSpec(id: "open", title: "Open", query: .status("open"))],
                                 classifierSettings: SampleData.people, now: SampleData.now)
            _ = reduce(&state, .resized(width: width, height: height))
            _ = reduce(&state, .queryFinished(QueryID(GerritQuery.status("open").rendered), [SampleData.first], at: SampleData.now))
            _ = reduce(&state, .commandInvoked(.open))
            _ = reduce(&state, .changeDetailLoaded(SampleData.first, at: SampleData.now))
            _ = reduce(&state, .commandInvoked(.showDiff))
            let diffState = try #require(state.diff)
            _ = reduce(&state, .diffLoaded(PatchDiff(change: diffState.change, patchSet: diffState.patchSet, files: files),
                                           at: SampleData.now))
            let rows = try #require(state.diffDocument?.rows.count)
            let size = Size(width: width, height: height)
            var last = TriageModel(state: state, timeZone: SampleData.utc)
            let clock = ContinuousClock()
            for (key, command) in [("j", CommandID.moveDown), ("k", .moveUp), ("n", .nextFile), ("]", .nextThread), ("G", .last)] {
                var reducer: [Duration] = [], frame: [Duration] = []
                for _ in 0..<20 {
                    reducer.append(clock.measure { _ = reduce(&state, .commandInvoked(command)) })
                    frame.append(clock.measure {
                        let model = TriageModel(state: state, timeZone: SampleData.utc)
                        if model != last {
                            _ = RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: size)
                        }
                        last = model
                    })
                }
                func median(_ times: [Duration]) -> String {
                    let ms = times.map { Double($0.components.attoseconds) / 1e15 + Double($0.components.seconds) * 1e3 }.sorted()
                    return String(format: "%.2f ms", ms[ms.count / 2])
                }
                print("TIMING \(width)x\(height) rows=\(rows) key=\(key) reducer=\(median(reducer)) frame=\(median(frame))")
            }
        }
    }
}
