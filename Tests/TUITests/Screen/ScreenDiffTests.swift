import Testing
import TUI

@Suite("Screen diffs for the backend")
struct ScreenDiffTests {
    @Test("No old screen: every row is written")
    func fullRepaint() {
        let screen = Screen(width: 3, height: 2)
        let changes = screen.diff(from: nil)
        #expect(changes.map(\.row) == [0, 1])
        #expect(changes.allSatisfy { $0.column == 0 && $0.cells.count == 3 })
    }

    @Test("A size change repaints everything")
    func resized() {
        #expect(Screen(width: 3, height: 2).diff(from: Screen(width: 4, height: 2)).count == 2)
    }

    @Test("Same screen: nothing to write")
    func same() {
        var screen = Screen(width: 10, height: 3)
        screen.put("hello", at: Position(x: 0, y: 1))
        #expect(screen.diff(from: screen).isEmpty)
    }

    @Test("Only runs of changed cells are written")
    func runs() {
        let old = Screen(width: 10, height: 2)
        var new = old
        new.put("ab", at: Position(x: 1, y: 0))
        new.put("c", at: Position(x: 6, y: 0))
        new.put("d", at: Position(x: 9, y: 1))
        let changes = new.diff(from: old)
        #expect(changes == [
            ScreenChange(row: 0, column: 1, cells: [Cell("a"), Cell("b")]),
            ScreenChange(row: 0, column: 6, cells: [Cell("c")]),
            ScreenChange(row: 1, column: 9, cells: [Cell("d")]),
        ])
    }

    @Test("A style change alone is a change")
    func styleOnly() {
        var old = Screen(width: 3, height: 1)
        old.put("abc", at: Position(x: 0, y: 0))
        var new = Screen(width: 3, height: 1)
        new.put("abc", at: Position(x: 0, y: 0), style: Style.plain.bold)
        #expect(new.diff(from: old).first?.cells.count == 3)
    }

    @Test("Runs cover whole wide characters")
    func wide() {
        var old = Screen(width: 6, height: 1)
        old.put("漢字", at: Position(x: 0, y: 0))
        var new = old
        new.put("漢子", at: Position(x: 0, y: 0), style: Style.plain)
        new.set(Cell("字", width: 2, style: Style(fg: .red)), x: 2, y: 0)
        let changes = new.diff(from: old)
        #expect(changes.count == 1)
        #expect(changes.first?.column == 2)
        #expect(changes.first?.cells.count == 2)
    }
}
