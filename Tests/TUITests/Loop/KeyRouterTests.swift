import Config
import Foundation
import GerritModel
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
        KeyRouter(keymap: keymap, palette: SampleData.palette, timeZone: SampleData.utc).route(key, state: state)
    }

    /// A change opened in the detail pane, the way the store gets there, at 80×24.
    func opened(focus: Pane = .detail) -> AppState {
        var state = state()
        _ = reduce(&state, .resized(width: size.width, height: size.height))
        _ = reduce(&state, .queryFinished(state.tabs[0].spec.queryID, SampleData.changes, at: SampleData.now))
        _ = reduce(&state, .commandInvoked(.open))
        _ = reduce(&state, .changeDetailLoaded(SampleData.first, at: SampleData.now))
        if focus == .comments { _ = reduce(&state, .commandInvoked(.open)) }
        return state
    }

    /// How far the focused text pane of `state` scrolls, measured as the views draw it.
    func textLimit(_ state: AppState) -> Int {
        ScrollLimits.maxTextScroll(model: TriageModel(state: state, timeZone: SampleData.utc), palette: SampleData.palette,
                                   size: size) ?? -1
    }

    /// Runs `key` through the router and the reducer.
    func press(_ key: Key, _ state: inout AppState) {
        for action in actions(key, state) { _ = reduce(&state, action) }
    }

    @Test("Keys run the commands of the table; the store decides what they do")
    func listKeys() {
        let list = state()
        let expected: [(Key, CommandID)] = [
            (.char("j"), .moveDown), (.down, .moveDown), (.char("k"), .moveUp), (.up, .moveUp),
            (.pageDown, .pageDown), (.pageUp, .pageUp), (.char("g"), .first), (.char("G"), .last),
            (.tab, .nextPane), (.backTab, .previousPane), (.right, .nextTab), (.left, .previousTab),
            (.enter, .open), (.escape, .back), (.backspace, .back), (.ctrl("r"), .refresh), (.function(5), .refresh),
            (.char("o"), .openInBrowser), (.char("y"), .copyURL), (.char("b"), .toggleBots),
            (.char("?"), .help), (.char(":"), .commandPalette), (.char("/"), .filter),
            (.char("q"), .quit), (.char("c"), .showComments), (.char("w"), .showWatch), (.char("s"), .sort),
            (.char("r"), .review), (.char("1"), .codeReviewPlus1), (.char("2"), .codeReviewPlus2),
            (.char("-"), .codeReviewMinus1), (.char("_"), .codeReviewMinus2), (.char("A"), .approve),
            (.char("!"), .recheck), (.ctrl("a"), .abandon), (.ctrl("e"), .restore), (.ctrl("u"), .submit),
            (.char("J"), .nextChange), (.char("K"), .previousChange), (.char("#"), .openChange),
            (.char("v"), .toggleReviewed), (.char("m"), .message), (.char("R"), .reply), (.char("u"), .toggleResolved),
        ]
        for (key, command) in expected {
            #expect(actions(key, list) == [.commandInvoked(command)], "\(key.name)")
        }
        // 30 rows: status, tabs and hints take 3, the list's frame 2.
        #expect(actions(.resize(Size(width: 100, height: 30)), list)
            == [.resized(width: 100, height: 30), .listViewportChanged(rows: 25)])
    }

    @Test("Every default key of the command table is a key name the keymap reads")
    func everyDefaultKeyParses() {
        for command in CommandTable.standard.commands {
            for name in command.defaultKeys {
                #expect((try? ConfigKeyName.parse(name)) != nil, "\(command.id.rawValue): \(name)")
            }
            #expect(Keymap().keys(for: command.id).count == command.defaultKeys.count, "\(command.id.rawValue) lost a key")
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
        #expect(actions(.char("G"), state(focus: .watch)) == [.commandInvoked(.last)])
        var detail = opened()
        let limit = textLimit(detail)
        #expect(limit > 0 && limit < 100)
        // The first movement tells the store how far the text goes.
        let first = actions(.char("j"), detail)
        #expect(first.count == 2 && first.last == .commandInvoked(.moveDown))
        guard case .textPaneMeasured(let metrics)? = first.first else {
            Issue.record("no measurement before the first movement: \(first)")
            return
        }
        #expect(metrics.textScrollLimit == limit)
        // Page keys page by the pane's height: 24 rows less status, tabs, hints and the frame.
        #expect(metrics.textPage == 19)
        press(.char("G"), &detail)
        #expect(detail.detail?.commentScroll == limit)
        press(.char("j"), &detail)
        #expect(detail.detail?.commentScroll == limit, "already at the bottom")
        press(.pageDown, &detail)
        #expect(detail.detail?.commentScroll == limit)
        press(.char("k"), &detail)
        #expect(detail.detail?.commentScroll == limit - 1)
        // Past the end (the text got shorter since): k moves up from the last page at once.
        detail.detail?.commentScroll = limit + 50
        press(.char("k"), &detail)
        #expect(detail.detail?.commentScroll == limit - 1)
        press(.char("g"), &detail)
        press(.pageDown, &detail)
        #expect(detail.detail?.commentScroll == min(19, limit))
        // Measured once; the next keys need no measurement.
        #expect(actions(.char("j"), detail) == [.commandInvoked(.moveDown)])
    }

    @Test("A review waiting for confirmation takes y/Enter and n/Esc; other keys wait, q still quits")
    func confirmation() {
        var asking = state()
        asking.confirmation = Confirmation(request: ReviewRequest(change: 1, patchSet: 1, votes: ["Code-Review": 2]),
                                           prompt: "Code-Review +2 on 1,1")
        #expect(actions(.char("y"), asking) == [.confirmationAnswered(true)])
        #expect(actions(.enter, asking) == [.confirmationAnswered(true)])
        #expect(actions(.char("n"), asking) == [.confirmationAnswered(false)])
        #expect(actions(.escape, asking) == [.confirmationAnswered(false)])
        #expect(actions(.char("j"), asking).isEmpty)
        #expect(actions(.char("q"), asking) == [.commandInvoked(.quit)])
    }

    @Test("[keys] overrides reach the router")
    func overrides() throws {
        let settings = try Settings.parse("[keys]\nmove-down = n\nquit = x\n", location: ConfigLocation(file: "c", line: 0),
                                          home: "/h", checkKeyfile: false)
        let keymap = try Keymap(bindings: settings.keys)
        #expect(actions(.char("n"), state(), keymap: keymap) == [.commandInvoked(.moveDown)])
        #expect(actions(.char("j"), state(), keymap: keymap).isEmpty)
        #expect(actions(.char("x"), state(), keymap: keymap) == [.commandInvoked(.quit)])
        #expect(actions(.char("q"), state(), keymap: keymap).isEmpty)
    }

    @Test("Typing in the filter and the palette edits text; Tab completes, arrows pick, Enter and Esc finish")
    func textEntry() {
        var filtering = state()
        filtering.isEditingFilter = true
        #expect(actions(.char("q"), filtering) == [.filterTextChanged("q")])
        #expect(actions(.enter, filtering) == [.filterCommitted])
        #expect(actions(.escape, filtering) == [.filterCancelled])
        var palette = state()
        palette.overlay = .palette(input: "bot", selection: 0)
        #expect(actions(.char("s"), palette) == [.paletteTextChanged("bots")])
        #expect(actions(.backspace, palette) == [.paletteTextChanged("bo")])
        #expect(actions(.tab, palette) == [.paletteCompleted])
        #expect(actions(.down, palette) == [.paletteSelectionMoved(by: 1)])
        #expect(actions(.up, palette) == [.paletteSelectionMoved(by: -1)])
        #expect(actions(.enter, palette) == [.paletteSubmitted])
        #expect(actions(.escape, palette) == [.commandInvoked(.back)])
    }

    @Test("In the help overlay movement scrolls it within its length, after measuring it")
    func help() {
        var helping = state()
        _ = reduce(&helping, .resized(width: size.width, height: size.height))
        _ = reduce(&helping, .commandInvoked(.help))
        let limit = ScrollLimits.maxHelpScroll(keymap: Keymap(), palette: SampleData.palette, size: size)
        #expect(limit > 0)
        press(.char("j"), &helping)
        #expect(helping.helpScroll == 1)
        press(.char("G"), &helping)
        #expect(helping.helpScroll == limit)
        press(.char("j"), &helping)
        #expect(helping.helpScroll == limit, "already at the bottom")
        press(.pageUp, &helping)
        #expect(helping.helpScroll == max(0, limit - 19))
        press(.escape, &helping)
        #expect(helping.overlay == .none)
    }

    @Test("A click on a tab switches to it; a click on a list row selects it; the wheel scrolls")
    func clicks() {
        var list = state()
        list.tabs = [TabState(spec: TabSpec.todo(.mine, me: "demo")), TabState(spec: TabSpec.todo(.others, me: "demo"))]
        _ = reduce(&list, .resized(width: 80, height: 24))
        _ = reduce(&list, .queryFinished(list.tabs[0].spec.queryID, SampleData.changes, at: SampleData.now))
        // " Mine …  Others …": Others starts after the current tab's piece.
        let placement = TabBarView.placement(list.tabTitles, width: 80)
        let others = placement.tabs[1]
        #expect(actions(.mouse(MouseEvent(.press(button: 1), at: Position(x: others.x + 1, y: 1))), list) == [.tabClicked(1)])
        let third = SampleData.changes[2].number
        #expect(actions(.mouse(MouseEvent(.press(button: 1), at: Position(x: 10, y: 5))), list) == [.rowClicked(change: third)])
        #expect(actions(.mouse(MouseEvent(.scrollDown, at: Position(x: 10, y: 5))), list) == [.wheelScrolled(by: 3)])
    }

    @Test("Enter on a file of the detail opens the diff there; above the files it opens the comments")
    func enterOnAFile() {
        var detail = opened()
        #expect(actions(.enter, detail) == [.commandInvoked(.open)])
        // Scroll until the files are on top: the first file, then the second.
        let model = TriageModel(state: detail, timeZone: SampleData.utc)
        let lines = ChangeDetailView.lines(SampleData.first, model: model, palette: SampleData.palette, width: 78)
        let heading = lines.firstIndex { $0.first?.text.hasPrefix("Files (PS") == true } ?? -1
        detail.detail?.commentScroll = heading
        #expect(actions(.enter, detail) == [.commandInvoked(.showDiff, argument: "nova/virt/libvirt/driver.py")])
        detail.detail?.commentScroll = heading + 2
        #expect(actions(.enter, detail) == [.commandInvoked(.showDiff, argument: "nova/tests/unit/virt/test_driver.py")])
        #expect(actions(.char("d"), detail) == [.commandInvoked(.showDiff)])
    }

    /// ] and [ mark the next and previous comment thread even when every thread fits on the
    /// page (j cannot move there then), and R replies to the marked one.
    @Test("] and [ step through the comment threads; R answers the marked one")
    func threadsAreMarkedWithBrackets() throws {
        var change = SampleData.first
        var latest = try #require(change.currentPatchSet)
        latest.comments += [InlineComment(file: "nova/virt/libvirt/driver.py", line: 400, reviewer: SampleData.jay,
                                          message: "and here", unresolved: false),
                            InlineComment(file: "/COMMIT_MSG", line: 3, reviewer: SampleData.jay,
                                          message: "typo", unresolved: true)]
        change.currentPatchSet = latest
        change.patchSets[change.patchSets.count - 1] = latest
        var state = state()
        _ = reduce(&state, .resized(width: 200, height: 60))
        _ = reduce(&state, .queryFinished(state.tabs[0].spec.queryID, [change], at: SampleData.now))
        _ = reduce(&state, .commandInvoked(.open))
        _ = reduce(&state, .changeDetailLoaded(change, at: SampleData.now))
        _ = reduce(&state, .commandInvoked(.showComments))
        func replyTarget() -> String? {
            guard case .commandInvoked(.reply, let argument)? = actions(.char("R"), state).first else { return nil }
            return argument
        }
        let first = try #require(replyTarget())
        press(.char("]"), &state)
        #expect(state.detail?.markedThread == 1)
        let second = try #require(replyTarget())
        press(.char("]"), &state)
        let third = try #require(replyTarget())
        #expect(Set([first, second, third]).count == 3, "three different threads: \(first) \(second) \(third)")
        press(.char("]"), &state)
        #expect(state.detail?.markedThread == 2, "the last thread stays marked")
        press(.char("["), &state)
        press(.char("["), &state)
        #expect(replyTarget() == first)
        // The mark is drawn where R will answer.
        let screen = RootView.render(TriageModel(state: state, timeZone: SampleData.utc), palette: SampleData.palette,
                                     keymap: Keymap(), size: Size(width: 200, height: 60))
        let marked = screen.plainText().filter { $0.contains(" ▸ ") }
        #expect(marked.count == 1)
        // Bots shown or hidden change the threads: the mark starts again from the view.
        press(.char("b"), &state)
        #expect(state.detail?.markedThread == nil)
    }
}
