import Config
import Store
import Testing
import TUI

@Suite("Layout by terminal size")
struct ScreenLayoutTests {
    @Test("Wide terminals show all four panes side by side")
    func wide() {
        let layout = ScreenLayout(size: Size(width: 200, height: 60), mode: .auto, focus: .list)
        #expect(layout.isWide)
        #expect(Set(layout.panes.keys) == Set(Pane.cycled))
        let list = layout.panes[.list], detail = layout.panes[.detail]
        #expect((list?.maxX ?? 0) <= (detail?.minX ?? 0))
    }

    @Test("Narrow terminals show only the focused pane", arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func narrow(size: Size) {
        let layout = ScreenLayout(size: size, mode: .auto, focus: .comments)
        #expect(!layout.isWide)
        #expect(layout.panes == [.comments: Rect(x: 0, y: 2, width: size.width, height: size.height - 3)])
    }

    @Test("[tui] layout forces wide or narrow")
    func forced() {
        #expect(ScreenLayout(size: Size(width: 100, height: 30), mode: .wide, focus: .list).panes.count == 4)
        #expect(ScreenLayout(size: Size(width: 200, height: 60), mode: .narrow, focus: .list).panes.count == 1)
    }

    @Test("Below 40×12 nothing but the too-small message")
    func tooSmall() {
        #expect(!ScreenLayout(size: Size(width: 39, height: 30), mode: .auto, focus: .list).isUsable)
        #expect(!ScreenLayout(size: Size(width: 80, height: 11), mode: .auto, focus: .list).isUsable)
        #expect(ScreenLayout(size: Size(width: 40, height: 12), mode: .auto, focus: .list).isUsable)
    }
}
