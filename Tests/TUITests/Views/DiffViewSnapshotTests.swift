import Config
import GerritModel
import GerritTestSupport
import Reports
import Store
import Testing
import TUI

/// Golden screens of the diff pane: unified and side by side, wide and narrow.
@Suite("Diff pane golden snapshots")
struct DiffViewSnapshotTests {
    func render(_ pane: DiffPane, _ size: Size) -> Screen {
        var model = SampleData.model(focus: .diff)
        model.diff = pane
        return RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: size)
    }

    @Test("Unified", arguments: [Size(width: 200, height: 60), Size(width: 80, height: 24)])
    func unified(size: Size) {
        assertSnapshot(of: render(SampleDiff.pane(layout: .unified), size), named: "diff-unified-\(size)")
    }

    @Test("Side by side", arguments: [Size(width: 200, height: 60), Size(width: 80, height: 24)])
    func sideBySide(size: Size) {
        assertSnapshot(of: render(SampleDiff.pane(layout: .sideBySide), size), named: "diff-side-by-side-\(size)")
    }

    @Test func fetchingAndFailureAreSaidInThePane() {
        let size = Size(width: 80, height: 24)
        let loading = render(DiffPane(change: 87329, patchSet: 3, loading: true, progress: "Fetching 87329,3 (refs/changes/29/87329/3)…"),
                             size).plainText()
        #expect(loading.contains { $0.contains("Fetching 87329,3") })
        let failed = render(DiffPane(change: 87329, patchSet: 3, error: "Could not fetch 87329,3 from h:29418: Permission denied"),
                            size).plainText()
        #expect(failed.contains { $0.contains("Permission denied") })
        #expect(failed.contains { $0.contains("Esc goes back") })
    }

    @Test func aLongDiffDrawsOnlyItsFirstScreen() {
        // 10,000 changed lines: the pane lays out rows, but draws only those on screen.
        let text = "diff --git a/big.txt b/big.txt\n--- a/big.txt\n+++ b/big.txt\n@@ -1,5000 +1,5000 @@\n"
            + (0..<5_000).map { "-old line \($0)\n" }.joined() + (0..<5_000).map { "+new line \($0)\n" }.joined()
        let diff = PatchDiff(change: 1, patchSet: 1, files: UnifiedDiffParser.parse(text))
        let document = DiffDocument(diff: diff, notes: [], layout: .unified)
        #expect(document.rows.count == 10_002)
        let screen = render(DiffPane(change: 1, patchSet: 1, document: document), Size(width: 80, height: 24))
        #expect(screen.plainText()[5].contains("old line 0"))
        #expect(screen.plainText()[21].contains("9983 more"))
    }

    @Test func serverTextInCodeAndPathsIsMadeHarmless() {
        let text = "diff --git a/e\u{1B}[2Jvil.py b/e\u{1B}[2Jvil.py\n--- a/e\u{1B}[2Jvil.py\n+++ b/e\u{1B}[2Jvil.py\n"
            + "@@ -1 +1 @@ \u{1B}]0;title\u{07}\n-x\n+print('\u{1B}[31mred\u{202E}')\n"
        let diff = PatchDiff(change: 1, patchSet: 1, files: UnifiedDiffParser.parse(text))
        let pane = DiffPane(change: 1, patchSet: 1, document: DiffDocument(diff: diff, notes: [], layout: .unified))
        let screen = render(pane, Size(width: 80, height: 24)).plainText().joined(separator: "\n")
        #expect(!screen.contains("\u{1B}") && !screen.contains("\u{07}") && !screen.contains("\u{202E}"))
        #expect(screen.contains("e^[[2Jvil.py"))
        #expect(screen.contains("print('^[[31mred<RLO>')"))
    }

    @Test func longLinesScrollSideways() {
        var pane = SampleDiff.pane(layout: .unified)
        pane.column = 16
        let screen = render(pane, Size(width: 80, height: 24)).plainText()
        #expect(screen[2].contains("← 16 columns"))
        // Every line's code less its first 16 cells; the line numbers stay.
        #expect(screen.contains { $0.contains("    314 +berately long line that no pane is wide enough to show whole, so it ›") })
        #expect(screen.contains { $0.contains("    310 +t.os_cmdline = self._get_os_cmdline(instance)") })
    }
}
