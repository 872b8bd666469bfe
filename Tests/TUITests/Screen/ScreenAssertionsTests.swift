import GerritTestSupport
import Testing
import TUI

@Suite("Golden-screen helpers")
struct ScreenAssertionsTests {
    @Test("A line diff shows equal lines once and differing lines as - expected / + actual")
    func diff() {
        let text = lineDiff(expected: ["same", "old", "gone"], actual: ["same", "new"])
        #expect(text == """
              1   |same|
              2 - |old|
              2 + |new|
              3 - |gone|
            """)
    }

    @Test("Snapshots live in Tests/<Target>/Snapshots, whatever subfolder the test is in")
    func snapshotLocation() {
        let url = Snapshot.url(named: "list", filePath: "/repo/Tests/TUITests/Screen/ListViewTests.swift")
        #expect(url.path == "/repo/Tests/TUITests/Snapshots/list.txt")
    }

    @Test("Snapshot text holds the screen, its style map and the legend of letters used")
    func snapshotText() {
        var screen = Screen(width: 6, height: 1)
        screen.put("ok", at: Position(x: 0, y: 0), style: Style(fg: .green))
        #expect(Snapshot.text(of: screen, legend: ["g": Style(fg: .green)]) == [
            "ok", "-- styles --", "gg", "-- legend --", "g: fg=green bg=default",
        ])
    }

    @Test("Matching screens pass")
    func passes() {
        var screen = Screen(width: 6, height: 2)
        screen.put("hi 漢", at: Position(x: 0, y: 1))
        assertScreen(screen, matches: ["", "hi 漢   "])
        assertStyles(screen, matches: ["", ""])
    }
}
