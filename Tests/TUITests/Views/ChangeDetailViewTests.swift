import GerritModel
import GerritTestSupport
import Testing
import TUI

/// Facts of the change detail that hold whatever the size.
@Suite("Change detail")
struct ChangeDetailViewTests {
    func text(_ change: Change) -> [String] {
        var model = SampleData.model(focus: .detail)
        model.detail = change
        return RootView.render(model, palette: SampleData.palette, keymap: Keymap(), size: Size(width: 120, height: 40)).plainText()
    }

    @Test("a change without createdOn (Gerrit 2.2 rows) shows the first patch set's upload, never an empty '()'")
    func noCreatedOn() throws {
        var change = SampleData.first
        change.createdOn = nil
        let lines = text(change)
        let created = try #require(lines.first { $0.contains("created ") })
        #expect(created.contains("2026-11-13") && created.contains("first patch set"))
        #expect(!lines.contains { $0.contains("()") })
    }

    @Test("with no date at all the created and updated lines are left out")
    func noDatesAtAll() {
        var change = SampleData.first
        change.createdOn = nil
        change.lastUpdated = nil
        change.patchSets = change.patchSets.map { var ps = $0; ps.createdOn = nil; return ps }
        change.currentPatchSet?.createdOn = nil
        let lines = text(change)
        #expect(!lines.contains { $0.contains("created ") || $0.contains("updated ") })
        #expect(!lines.contains { $0.contains("()") })
    }
}
