import GerritTestSupport
import Testing
import TUI

@Suite("Drawing into a screen")
struct ScreenDrawingTests {
    @Test("Text with CJK and emoji takes two cells per wide character")
    func wideText() {
        var screen = Screen(width: 12, height: 2)
        let end = screen.put("漢字 😀!", at: Position(x: 1, y: 0))
        #expect(end == 9)
        assertScreen(screen, matches: [" 漢字 😀!", ""])
        #expect(screen[1, 0].width == 2)
        #expect(screen[2, 0].isContinuation)
    }

    @Test("A wide character that does not fit the clip becomes a space")
    func clipWide() {
        var screen = Screen(width: 10, height: 1)
        screen.fill(screen.bounds, with: "x")
        screen.put("ab漢", at: Position(x: 0, y: 0), clip: Rect(x: 0, y: 0, width: 3, height: 1))
        assertScreen(screen, matches: ["ab xxxxxxx"])
    }

    @Test("A wide character at the right edge of the screen becomes a space")
    func edgeWide() {
        var screen = Screen(width: 3, height: 1)
        screen.put("ab漢", at: Position(x: 0, y: 0), style: Style(fg: .red))
        assertScreen(screen, matches: ["ab"])
        assertStyles(screen, matches: ["rrr"], legend: ["r": Style(fg: .red)])
    }

    @Test("Text starting left of the clip is cut; a wide char split by the left edge shows as a space")
    func clipLeft() {
        var screen = Screen(width: 6, height: 1)
        screen.put("漢字ab", at: Position(x: -1, y: 0), clip: Rect(x: 0, y: 0, width: 6, height: 1))
        assertScreen(screen, matches: [" 字ab"])
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.put("漢字", at: Position(x: 0, y: 0))
        screen.put("x", at: Position(x: 1, y: 0))
        screen.put("y", at: Position(x: 2, y: 0))
        assertScreen(screen, matches: [" xy"])
        #expect(!screen[3, 0].isContinuation)
    }

    @Test("Filling over wide characters leaves what writing each cell would, styles included")
    func fillOverWide() {
        let under = Style(fg: .green), over = Style(fg: .red)
        for x in -1...6 {
            for width in 0...5 {
                for character in [" ", "─", "漢"] as [Character] {
                    var filled = Screen(width: 8, height: 2)
                    filled.put("漢字😀ab", at: Position(x: 0, y: 0), style: under)
                    filled.put("a漢字😀b", at: Position(x: 0, y: 1), style: under)
                    var cellByCell = filled
                    let rect = Rect(x: x, y: 0, width: width, height: 2)
                    filled.fill(rect, with: character, style: over)
                    // The reference: every cell written with `set`, left to right.
                    let area = rect.intersection(cellByCell.bounds)
                    let cellWidth = character == "漢" ? 2 : 1
                    for y in area.minY..<area.maxY {
                        var column = area.minX
                        while column < area.maxX {
                            let fits = cellWidth == 1 || column + 1 < area.maxX
                            cellByCell.set(fits ? Cell(String(character), width: cellWidth, style: over) : .blank(over),
                                           x: column, y: y)
                            column += cellWidth
                        }
                    }
                    #expect(filled.cells == cellByCell.cells, "fill \(character) from \(x), \(width) wide")
                }
            }
        }
    }

    @Test("Control characters are dropped, never stored")
    func controls() {
        var screen = Screen(width: 8, height: 1)
        screen.put("a\u{1B}[2Jb", at: Position(x: 0, y: 0))
        assertScreen(screen, matches: ["a[2Jb"])
    }

    @Test("Box with a title, lines and a text area")
    func boxWithTitle() {
        var screen = Screen(width: 20, height: 5)
        let inner = screen.box(Rect(x: 0, y: 0, width: 20, height: 5), title: "mine 14",
                               titleStyle: Style(fg: .yellow, .bold))
        #expect(inner == Rect(x: 1, y: 1, width: 18, height: 3))
        screen.textLines(["87329 Use os_command_line", "88012 漢字テスト", "x"], in: Rect(x: 1, y: 1, width: 18, height: 2))
        assertScreen(screen, matches: [
            "┌ mine 14 ─────────┐",
            "│87329 Use os_comm…│",
            "│88012 漢字テスト  │",
            "│                  │",
            "└──────────────────┘",
        ])
        assertStyles(screen, matches: [".ttttttttt", "", "", "", ""], legend: ["t": Style(fg: .yellow, .bold)])
    }

    @Test("A long title is cut with an ellipsis inside the border")
    func longTitle() {
        var screen = Screen(width: 10, height: 3)
        screen.box(screen.bounds, title: "a very long title", border: .rounded)
        assertScreen(screen, matches: ["╭ a ver… ╮", "│        │", "╰────────╯"])
    }

    @Test("Styled spans are cut with an ellipsis in the style of the cut span")
    func spans() {
        var screen = Screen(width: 10, height: 2)
        let red = Style(fg: .red)
        screen.textLines([[Span("ab"), Span("cdefghijkl", red)], [Span("abcde"), Span("fghij", red), Span("k")]],
                         in: screen.bounds)
        assertScreen(screen, matches: ["abcdefghi…", "abcdefghi…"])
        assertStyles(screen, matches: ["..rrrrrrrr", ".....rrrrr"], legend: ["r": red])
    }

    @Test("Lines beyond the height are not drawn")
    func tooManyLines() {
        var screen = Screen(width: 4, height: 2)
        let drawn = screen.textLines(["1", "2", "3"], in: screen.bounds)
        #expect(drawn == 2)
        assertScreen(screen, matches: ["1", "2"])
    }

    @Test("Snapshot of a small layout with styles")
    func snapshot() {
        var screen = Screen(width: 24, height: 6)
        let (header, body) = screen.bounds.takeTop(1)
        screen.fill(header, style: Style(fg: .black, bg: .cyan))
        screen.put(" gerrymander · ● live", at: Position(x: 0, y: 0), style: Style(fg: .black, bg: .cyan, .bold))
        let columns = body.splitColumns([.percent(50), .fill])
        screen.box(columns[0], title: "mine")
        screen.box(columns[1], title: "watch", border: .double)
        screen.put("Zoë 😀", at: Position(x: 1, y: 2), style: Style(fg: .green))
        assertSnapshot(of: screen, named: "small-layout")
    }
}
