// Rendering the triage screen: from the store's state to a grid of cells (TriageModel +
// RootView), and the cells the backend then writes (Screen.diff) — once for a whole frame and
// once after one listed change changed.
import Benchmark
import BenchmarkFixtures
import Foundation
import GerritModel
import Store
import TUI

let cellsWritten = BenchmarkMetric.custom("cells written", polarity: .prefersSmaller, useScalingFactor: false)

/// A state with the lists loaded, at one terminal size.
struct RenderInput: @unchecked Sendable {
    // @unchecked: set up once, then only read by the benchmark's own thread.
    var state: AppState
    var size: Size
}

/// The frame on the terminal, and the state one row later.
struct OneRowInput: @unchecked Sendable {
    // @unchecked: set up once, then only read by the benchmark's own thread.
    var before: Screen
    var after: AppState
    var size: Size
}

/// What the loop does for one frame: the model from the state, the screen from the model.
func frame(_ state: AppState, size: Size) -> Screen {
    RootView.render(TriageModel(state: state, timeZone: TimeZone(identifier: "UTC") ?? .current),
                    palette: .builtIn, keymap: Keymap(), size: size)
}

func cellCount(_ changes: [ScreenChange]) -> Int {
    changes.reduce(0) { $0 + $1.cells.count }
}

/// The state after the subject of the third listed change was edited: exactly one row differs.
func withOneRowChanged(_ state: AppState) -> AppState {
    var changed = state
    let numbers = state.visibleNumbers(inTab: state.currentTab)
    if numbers.count > 2, var change = changed.changes[numbers[2]] {
        change.subject = "Edited: " + (change.subject ?? "")
        changed.changes[numbers[2]] = change
    }
    return changed
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, cellsWritten],
        timeUnits: .microseconds, warmupIterations: 3, maxDuration: .seconds(5), maxIterations: 500)

    for (width, height) in [(200, 60), (80, 24)] {
        let size = Size(width: width, height: height)

        Benchmark("full frame \(width)x\(height)") { (benchmark: Benchmark, input: RenderInput) in
            let screen = frame(input.state, size: input.size)
            // A first frame writes every cell.
            benchmark.measurement(cellsWritten, cellCount(screen.diff(from: nil)))
            blackHole(screen)
        } setup: {
            RenderInput(state: BenchmarkFixtures.loadedState(width: width, height: height), size: size)
        }

        Benchmark("one-row change \(width)x\(height)") { (benchmark: Benchmark, input: OneRowInput) in
            // The previous frame is on the terminal; the next one differs in one list row.
            let changes = frame(input.after, size: input.size).diff(from: input.before)
            benchmark.measurement(cellsWritten, cellCount(changes))
            blackHole(changes)
        } setup: {
            let state = BenchmarkFixtures.loadedState(width: width, height: height)
            return OneRowInput(before: frame(state, size: size), after: withOneRowChanged(state), size: size)
        }
    }
}
