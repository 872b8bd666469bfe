import GerritTestSupport
import Testing
import TUI

/// Facts of the change list that hold whatever the size.
@Suite("Change list")
struct TodoListViewTests {
    @Test("Ages read as the CLI counts them (days have no bigger unit), and a 4-digit age is not cut")
    func ages() {
        var model = SampleData.model(focus: .list)
        model.rows[2].age = 9 * 86_400
        model.rows[3].age = 1_200 * 86_400
        let lines = RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: Size(width: 120, height: 40)).plainText()
        #expect(lines.contains { $0.contains("86120") && $0.contains(" 9d ") })
        #expect(lines.contains { $0.contains("85001") && $0.contains(" 1200d ") })
    }

    @Test("Rows hidden above and below are counted on the frame")
    func moreRows() {
        var model = SampleData.model(focus: .list)
        let template = model.rows[1]
        model.rows = (0..<40).map { index in
            var row = template
            row.number = 10_000 + index
            row.isSelected = index == 20
            return row
        }
        model.selectedRow = 20
        model.listScroll = 15
        let lines = RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: Size(width: 80, height: 24)).plainText()
        #expect(lines[2].contains("↑ 15 more"))
        // 19 rows show at 80×24: 15 above, 6 below.
        #expect(lines[22].contains("↓ 6 more"))
    }

    @Test("A kept filter says in the hint bar that Esc clears it; a pending review shows ⋯")
    func filterHintAndPending() {
        var model = SampleData.model(focus: .list)
        model.filter = "nova"
        model.rows[1].hasPendingReview = true
        let lines = RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: Size(width: 120, height: 40)).plainText()
        #expect(lines.last?.hasPrefix(" Esc clear filter") == true)
        #expect(lines.contains { $0.contains("88012") && $0.hasSuffix("⋯┃") })
    }
}
