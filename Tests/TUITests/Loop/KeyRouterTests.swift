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
        KeyRouter(keymap: keymap, canOpenBrowser: true).route(key, state: state, scroll: ViewScroll(), size: size).actions
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
            (.resize(Size(width: 100, height: 30)), [.resized(width: 100, height: 30)]),
        ]
        for (key, wanted) in expected {
            #expect(actions(key, list) == wanted, "\(key.name)")
        }
    }

    @Test("q also tells the host to leave")
    func quit() {
        let outcome = KeyRouter(keymap: Keymap(), canOpenBrowser: true).route(.char("q"), state: state(), scroll: ViewScroll(), size: size)
        #expect(outcome.requests == [.quit])
    }

    @Test("In the text panes movement goes to the store too; G scrolls far and the loop clamps it")
    func textPaneScroll() {
        #expect(actions(.char("j"), state(focus: .comments)) == [.moveSelection(by: 1)])
        #expect(actions(.char("g"), state(focus: .detail)) == [.selectFirst])
        #expect(actions(.char("G"), state(focus: .detail)) == [.moveSelection(by: 1_000_000)])
        #expect(actions(.char("G"), state(focus: .watch)) == [.selectLast])
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
        let outcome = KeyRouter(keymap: Keymap(), canOpenBrowser: false).route(.char("o"), state: list, scroll: ViewScroll(), size: size)
        #expect(outcome.actions.isEmpty)
        #expect(outcome.requests == [.notice("No browser found (xdg-open); the change is at https://review.example.org/87329")])
    }

    @Test("In the help overlay j/k scroll it and other commands close it")
    func help() {
        var helping = state()
        helping.overlay = .help
        let router = KeyRouter(keymap: Keymap(), canOpenBrowser: true)
        #expect(router.route(.char("j"), state: helping, scroll: ViewScroll(), size: size).scroll.help == 1)
        #expect(router.route(.escape, state: helping, scroll: ViewScroll(), size: size).actions == [.hideOverlay])
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
