import Config
import Foundation
import GerritRemote
import Store
import Testing
import TUI

@Suite("Keys become store actions")
struct KeyRouterTests {
    let size = Size(width: 80, height: 24)

    func state(focus: Pane = .list) -> AppState {
        var state = AppState(serverName: "demo", user: "demo", tabs: [TabSpec.todo(.mine, me: "demo")],
                             classifierSettings: SampleData.people, now: SampleData.now)
        state.focus = focus
        return state
    }

    func actions(_ key: Key, _ state: AppState, keymap: Keymap = Keymap()) -> [Action] {
        KeyRouter(keymap: keymap, canOpenBrowser: true, palette: SampleData.palette, timeZone: SampleData.utc)
            .route(key, state: state)
    }

    /// A change opened in the detail pane, the way the store gets there, at 80×24.
    func opened(focus: Pane = .detail) -> AppState {
        var state = state()
        _ = reduce(&state, .resized(width: size.width, height: size.height))
        _ = reduce(&state, .queryFinished(state.tabs[0].spec.queryID, SampleData.changes, at: SampleData.now))
        _ = reduce(&state, .open)
        _ = reduce(&state, .changeDetailLoaded(SampleData.first, at: SampleData.now))
        if focus == .comments { _ = reduce(&state, .open) }
        return state
    }

    /// How far the focused text pane of `state` scrolls, measured as the views draw it.
    func textLimit(_ state: AppState) -> Int {
        ScrollLimits.maxTextScroll(model: TriageModel(state: state, timeZone: SampleData.utc), palette: SampleData.palette,
                                   size: size) ?? -1
    }

    @Test("List keys move the cursor, switch tabs and panes, open, go back")
    func listKeys() {
        let list = state()
        let expected: [(Key, [Action])] = [
            (.char("j"), [.moveSelection(by: 1)]), (.down, [.moveSelection(by: 1)]),
            (.char("k"), [.moveSelection(by: -1)]), (.up, [.moveSelection(by: -1)]),
            (.pageDown, [.pageDown]), (.pageUp, [.pageUp]), (.char("g"), [.selectFirst]), (.char("G"), [.selectLast]),
            (.tab, [.focusNext]), (.backTab, [.focusPrevious]), (.right, [.nextTab]), (.left, [.previousTab]),
            (.enter, [.open]), (.escape, [.back]), (.backspace, [.back]), (.char("r"), [.refresh]),
            (.char("o"), [.openInBrowser]), (.char("y"), [.copyURL]), (.char("b"), [.toggleBots]),
            (.char("?"), [.showHelp]), (.char(":"), [.paletteOpened]), (.char("/"), [.filterEditingStarted]),
            (.char("q"), [.quit]), (.char("c"), [.focus(.comments)]), (.char("w"), [.focus(.watch)]),
            (.char("s"), [.cycleSort]), (.char("v"), [.paletteOpened, .paletteInputChanged("vote Code-Review ")]),
            // 30 rows: status, tabs and hints take 3, the list's frame 2.
            (.resize(Size(width: 100, height: 30)), [.resized(width: 100, height: 30), .listViewportChanged(rows: 25)]),
        ]
        for (key, wanted) in expected {
            #expect(actions(key, list) == wanted, "\(key.name)")
        }
    }

    @Test("A resize tells the store the list's rows from the layout: wide puts the list over the watch feed")
    func resizeCarriesTheListViewport() {
        #expect(actions(.resize(Size(width: 200, height: 60)), state())
            == [.resized(width: 200, height: 60), .listViewportChanged(rows: 35)])
        #expect(actions(.resize(Size(width: 30, height: 10)), state())
            == [.resized(width: 30, height: 10), .listViewportChanged(rows: 5)])
    }

    @Test("In the text panes movement stops at the last page, so G lands there and k moves at once")
    func textPaneScroll() {
        #expect(actions(.char("G"), state(focus: .watch)) == [.selectLast])
        #expect(actions(.char("j"), state(focus: .comments)).isEmpty, "nothing to scroll yet")
        var detail = opened()
        let limit = textLimit(detail)
        #expect(limit > 0 && limit < 100)
        #expect(actions(.char("j"), detail) == [.moveSelection(by: 1)])
        #expect(actions(.char("g"), detail) == [.selectFirst])
        #expect(actions(.char("G"), detail) == [.moveSelection(by: limit)])
        _ = reduce(&detail, .moveSelection(by: limit))
        #expect(actions(.char("j"), detail).isEmpty, "already at the bottom")
        #expect(actions(.pageDown, detail).isEmpty)
        #expect(actions(.mouse(MouseEvent(.scrollDown, at: Position(x: 10, y: 5))), detail).isEmpty)
        #expect(actions(.char("k"), detail) == [.moveSelection(by: -1)])
        // Past the end (the text got shorter since): k moves up from the last page at once.
        _ = reduce(&detail, .moveSelection(by: 50))
        #expect(actions(.char("k"), detail) == [.moveSelection(by: -51)])
        // Page keys page by the pane's height: 24 rows less status, tabs, hints and the frame.
        _ = reduce(&detail, .selectFirst)
        #expect(actions(.pageDown, detail) == [.moveSelection(by: min(19, limit))])
    }

    @Test("A review waiting for confirmation takes y/Enter and n/Esc")
    func confirmation() {
        var asking = state()
        asking.confirmation = Confirmation(request: ReviewRequest(change: 1, patchSet: 1, votes: ["Code-Review": 2]),
                                           prompt: "Post Code-Review +2 on 1,1?")
        #expect(actions(.char("y"), asking) == [.confirmationAccepted])
        #expect(actions(.enter, asking) == [.confirmationAccepted])
        #expect(actions(.char("n"), asking) == [.confirmationDismissed])
        #expect(actions(.escape, asking) == [.confirmationDismissed])
        #expect(actions(.char("j"), asking).isEmpty)
    }

    @Test("[keys] overrides reach the router")
    func overrides() throws {
        let settings = try Settings.parse("[keys]\nmove-down = n\nquit = x\n", location: ConfigLocation(file: "c", line: 0),
                                          home: "/h", checkKeyfile: false)
        let keymap = try Keymap(bindings: settings.keys)
        #expect(actions(.char("n"), state(), keymap: keymap) == [.moveSelection(by: 1)])
        #expect(actions(.char("j"), state(), keymap: keymap).isEmpty)
        #expect(actions(.char("x"), state(), keymap: keymap) == [.quit])
        #expect(actions(.char("q"), state(), keymap: keymap).isEmpty)
    }

    @Test("Typing in the filter and the palette edits text; Enter and Esc finish")
    func textEntry() {
        var filtering = state()
        filtering.isEditingFilter = true
        #expect(actions(.char("q"), filtering) == [.setFilter("q")])
        #expect(actions(.enter, filtering) == [.filterCommitted])
        #expect(actions(.escape, filtering) == [.filterCancelled])
        var palette = state()
        palette.overlay = .palette(input: "bot")
        #expect(actions(.char("s"), palette) == [.paletteInputChanged("bots")])
        #expect(actions(.backspace, palette) == [.paletteInputChanged("bo")])
        #expect(actions(.enter, palette) == [.paletteSubmitted])
        #expect(actions(.escape, palette) == [.hideOverlay])
    }

    @Test("The palette runs the command table's ids as their keys would")
    func paletteCommandIDs() {
        var palette = state()
        palette.overlay = .palette(input: "toggle-bots")
        #expect(actions(.enter, palette) == [.hideOverlay, .toggleBots])
        palette.overlay = .palette(input: "show-watch ")
        #expect(actions(.enter, palette) == [.hideOverlay, .focus(.watch)])
        palette.overlay = .palette(input: "tab mine")
        #expect(actions(.enter, palette) == [.paletteSubmitted])
    }

    @Test("Without a browser, o shows the URL instead")
    func noBrowser() {
        var list = state()
        list.changes[87329] = SampleData.first
        list.tabs[0].members = [87329]
        list.tabs[0].selection = 87329
        let routed = KeyRouter(keymap: Keymap(), canOpenBrowser: false).route(.char("o"), state: list)
        #expect(routed == [.noticePosted("No browser found (xdg-open); the change is at https://review.example.org/87329")])
    }

    @Test("In the help overlay j/k scroll it within its length, q quits, other commands close it")
    func help() {
        var helping = state()
        _ = reduce(&helping, .showHelp)
        let limit = ScrollLimits.maxHelpScroll(keymap: Keymap(), palette: SampleData.palette, size: size)
        #expect(limit > 0)
        #expect(actions(.char("j"), helping) == [.helpScrolled(to: 1)])
        #expect(actions(.char("k"), helping).isEmpty, "already at the top")
        #expect(actions(.char("G"), helping) == [.helpScrolled(to: limit)])
        _ = reduce(&helping, .helpScrolled(to: limit))
        #expect(actions(.char("j"), helping).isEmpty, "already at the bottom")
        #expect(actions(.pageUp, helping) == [.helpScrolled(to: max(0, limit - 19))])
        #expect(actions(.escape, helping) == [.hideOverlay])
        #expect(actions(.char("q"), helping) == [.quit])
    }

    @Test("A click on a tab switches to it; a click on a list row selects it")
    func clicks() {
        var list = state()
        list.tabs = [TabState(spec: TabSpec.todo(.mine, me: "demo")), TabState(spec: TabSpec.todo(.others, me: "demo"))]
        _ = reduce(&list, .resized(width: 80, height: 24))
        _ = reduce(&list, .queryFinished(list.tabs[0].spec.queryID, SampleData.changes, at: SampleData.now))
        // " Mine …  Others …": Others starts after the current tab's piece.
        let placement = TabBarView.placement(list.tabTitles, width: 80)
        let others = placement.tabs[1]
        #expect(actions(.mouse(MouseEvent(.press(button: 1), at: Position(x: others.x + 1, y: 1))), list) == [.switchTab(to: 1)])
        let third = SampleData.changes[2].number
        #expect(actions(.mouse(MouseEvent(.press(button: 1), at: Position(x: 10, y: 5))), list) == [.selectChange(third)])
        #expect(actions(.mouse(MouseEvent(.scrollDown, at: Position(x: 10, y: 5))), list) == [.moveSelection(by: 3)])
    }
}
