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
}
