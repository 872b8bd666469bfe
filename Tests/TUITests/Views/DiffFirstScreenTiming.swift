import Foundation
import GerritModel
import Reports
import Store
import Testing
import TUI

/// How long the first screen of a 10,008-line diff takes once fetched: laying out the page
/// (`DiffDocument`) and drawing the rows on screen; parsing git's text is timed too (it runs
/// once, when the fetch ends). Prints, never asserts: timings depend on the machine. Run with
/// `GERRYMANDER_BENCH=1 swift test --filter DiffFirstScreenTiming`; the figures are in
/// Benchmarks/diff-first-screen.md.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["GERRYMANDER_BENCH"] == "1", "a benchmark: GERRYMANDER_BENCH=1"))
struct DiffFirstScreenTiming {
    @Test func firstScreenOfALongDiff() {
        let text = LongDiff.text
        let clock = ContinuousClock()
        var files: [FileDiff] = []
        let parse = clock.measure { files = UnifiedDiffParser.parse(text) }
        let diff = PatchDiff(change: 1, patchSet: 1, files: files)
        let lines = files.reduce(0) { $0 + $1.hunks.reduce(0) { $0 + $1.lines.count } }
        for layout in [DiffDocument.Layout.unified, .sideBySide] {
            var document: DiffDocument?
            let build = clock.measure { document = DiffDocument(diff: diff, notes: [], layout: layout) }
            var model = SampleData.model(focus: .diff)
            model.diff = DiffPane(change: 1, patchSet: 1, document: document)
            let size = layout == .unified ? Size(width: 80, height: 24) : Size(width: 200, height: 60)
            let render = clock.measure { _ = RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: size) }
            print("TIMING lines=\(lines) parse=\(parse) layout(\(layout))=\(build) render=\(render)")
        }
    }
}
