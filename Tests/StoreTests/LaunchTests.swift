import Config
import Foundation
import GerritModel
import Reports
import Testing
@testable import Store

@Suite struct LaunchTests {
    @Test func launchFetchesEachDistinctQueryOnceAndStartsTheStreamAndTheTimer() {
        let tabs = TabSpec.tabs(from: .defaults(home: "/home/demo"), me: "demo")
        var store = TestStore(makeState(tabs: tabs))
        let mine = tabs[0], anyones = tabs[1], others = tabs[3], myChanges = tabs[6]
        store.send(.launched(at: t0), effects: [
            // The lists as the cache last saw them, painted before any answer.
            .loadCachedLists(store.state.tabQueries, firstPiece: store.state.firstCachedPiece),
            .query(id: mine.queryID, query: mine.query, options: AppState.listOptions),
            .query(id: anyones.queryID, query: anyones.query, options: AppState.listOptions),
            .query(id: others.queryID, query: others.query, options: AppState.listOptions),
            .query(id: myChanges.queryID, query: myChanges.query, options: AppState.listOptions),
            .startEventStream(backfillOptions: AppState.listOptions),
            .scheduleTick(after: 1),
            // What was kept on this machine, and which tabs the server can fill.
            .loadLocalState, .detectServerVersion,
        ]) {
            $0.inFlightQueries = [mine.queryID, anyones.queryID, others.queryID, myChanges.queryID]
        }
        // A refresh while they run merges into them: nothing new is sent.
        store.send(.commandInvoked(.refresh))
        #expect(store.state.tabQueries.map(\.id) == [mine.queryID, anyones.queryID, others.queryID, myChanges.queryID])
    }

    @Test func resultsFeedEveryTabThatSharesTheQueryAndTheCursorLandsOnTheFirstRow() {
        let tabs = TabSpec.tabs(from: .defaults(home: "/home/demo"), me: "demo")
        var store = TestStore(makeState(tabs: tabs))
        store.send(.launched(at: t0), effects: [
            .loadCachedLists(store.state.tabQueries, firstPiece: store.state.firstCachedPiece),
            .query(id: tabs[0].queryID, query: tabs[0].query, options: AppState.listOptions),
            .query(id: tabs[1].queryID, query: tabs[1].query, options: AppState.listOptions),
            .query(id: tabs[3].queryID, query: tabs[3].query, options: AppState.listOptions),
            .query(id: tabs[6].queryID, query: tabs[6].query, options: AppState.listOptions),
            .startEventStream(backfillOptions: AppState.listOptions), .scheduleTick(after: 1),
            .loadLocalState, .detectServerVersion,
        ]) { $0.inFlightQueries = [tabs[0].queryID, tabs[1].queryID, tabs[3].queryID, tabs[6].queryID] }

        let open = [change(1, owner: alice), change(2, owner: me), change(3, owner: bob, votes: [("Code-Review", 1, me)])]
        let later = t0.addingTimeInterval(2)
        store.send(.queryFinished(tabs[1].queryID, open, at: later)) {
            expectLoaded(&$0, tabs[1].queryID, open, at: later)
            // Which rows each todo tab shows is the classifier's business (ReportsTests);
            // here: each tab's cursor is on its own first row.
            for index in $0.tabs.indices {
                $0.tabs[index].selection = $0.visibleNumbers(inTab: index).first
            }
        }
        // The four tabs sharing the open query all got members; mine's own query has not answered.
        #expect(store.state.tabs.map { $0.members != nil } == [false, true, true, false, true, true, false])
        #expect(store.state.tabTitles.map(\.count)[0] == nil)
        #expect(store.state.tabTitles[0].isLoading)
    }

    @Test func cachedChangesPaintBeforeTheFirstRefresh() {
        let tab = plainTab("nova")
        var store = TestStore(makeState(tabs: [tab]))
        let saved = t0.addingTimeInterval(-3_600)
        let cached = [change(10, updated: saved), change(11, updated: saved)]
        store.send(.cachedChangesLoaded(tab.queryID, cached, savedAt: saved)) {
            $0.cacheSavedAt = saved
            $0.changes = [10: cached[0], 11: cached[1]]
            // Classified as of now: an hour-old cache may hold changes that are expirable by now.
            $0.categories = [10: classified(cached[0], at: t0), 11: classified(cached[1], at: t0)]
            $0.tabs[0].members = [10, 11]
            $0.tabs[0].selection = 10
        }
        #expect(store.state.rows.map(\.number) == [10, 11])
        // Cached rows are not a server refresh: the tab and the status bar do not claim one.
        #expect(store.state.tabs[0].lastRefresh == nil)
        #expect(store.state.statusBar.refresh == "")
    }

    /// The first cached list comes in two pieces: the first paints at once, the tab not yet
    /// claiming a count (a "…" in the tab bar, "Loading…" over an empty list), and the rest
    /// goes after it without moving the cursor.
    @Test func aCachedListInTwoPiecesPaintsItsFirstPieceThenCompletes() {
        let tab = plainTab("nova")
        var store = TestStore(makeState(tabs: [tab]))
        let saved = t0.addingTimeInterval(-3_600)
        let first = [change(10, updated: saved), change(11, updated: saved)]
        let rest = [change(12, updated: saved), change(13, updated: saved)]
        store.send(.cachedChangesLoaded(tab.queryID, first, savedAt: saved, complete: false)) {
            $0.cacheSavedAt = saved
            $0.changes = [10: first[0], 11: first[1]]
            $0.categories = [10: classified(first[0], at: t0), 11: classified(first[1], at: t0)]
            $0.tabs[0].members = [10, 11]
            $0.tabs[0].isPartial = true
            $0.tabs[0].selection = 10
        }
        #expect(store.state.rows.map(\.number) == [10, 11])
        #expect(store.state.tabTitles[0].count == nil, "the count is not known yet")
        var state = store.state
        _ = reduce(&state, .commandInvoked(.moveDown))
        #expect(state.selectedNumber == 11)
        // An event put change 13 on top meanwhile: the rest does not list it twice.
        state.tabs[0].members = [13, 10, 11]
        _ = reduce(&state, .cachedChangesLoaded(tab.queryID, rest, savedAt: saved))
        #expect(state.tabs[0].members == [13, 10, 11, 12])
        #expect(state.tabs[0].isPartial == false)
        #expect(state.changes[12] == rest[0])
        #expect(state.selectedNumber == 11, "the cursor stays on its change")
        #expect(state.tabTitles[0].count == 4)
    }

    /// The server answering between the pieces wins: the rest of the older list is dropped.
    @Test func theRestOfACachedListAfterTheServerAnsweredIsIgnored() {
        let tab = plainTab("nova")
        var state = makeState(tabs: [tab])
        let saved = t0.addingTimeInterval(-3_600)
        _ = reduce(&state, .cachedChangesLoaded(tab.queryID, [change(10, subject: "stale")], savedAt: saved, complete: false))
        #expect(state.tabs[0].isPartial)
        let fresh = [change(10, subject: "fresh"), change(14)]
        _ = reduce(&state, .queryFinished(tab.queryID, fresh, at: t0))
        #expect(state.tabs[0].isPartial == false)
        _ = reduce(&state, .cachedChangesLoaded(tab.queryID, [change(12)], savedAt: saved))
        #expect(state.rows.map(\.number) == [10, 14])
        #expect(state.rows.first?.subject == "fresh")
        #expect(state.tabTitles[0].count == 2)
    }

    @Test func theCacheReadsTheTabOnScreenFirstAndTheStatusBarGivesTheOldestListsAge() {
        let tabs = TabSpec.tabs(from: .defaults(home: "/home/demo"), me: "demo")
        var state = makeState(tabs: tabs)
        state.currentTab = 3
        // The tab on screen (todo-others) first, then the others in tab order, each query once.
        #expect(state.tabQueries.map(\.id) == [tabs[3].queryID, tabs[0].queryID, tabs[1].queryID, tabs[6].queryID])
        var store = TestStore(state)
        let older = t0.addingTimeInterval(-7_200), newer = t0.addingTimeInterval(-600)
        store.send(.cachedChangesLoaded(tabs[3].queryID, [], savedAt: newer)) {
            $0.cacheSavedAt = newer
            for index in $0.tabs.indices where $0.tabs[index].spec.queryID == tabs[3].queryID { $0.tabs[index].members = [] }
        }
        store.send(.cachedChangesLoaded(tabs[0].queryID, [], savedAt: older)) {
            $0.cacheSavedAt = older
            $0.tabs[0].members = []
        }
        store.send(.cachedChangesLoaded(tabs[6].queryID, [], savedAt: newer)) {
            $0.tabs[6].members = []
        }
    }

    @Test func aCacheThatArrivesAfterTheServerIsIgnored() {
        let tab = plainTab("nova")
        var state = makeState(tabs: [tab])
        _ = reduce(&state, .queryFinished(tab.queryID, [change(10, subject: "fresh")], at: t0))
        var store = TestStore(state)
        let saved = t0.addingTimeInterval(-3_600)
        store.send(.cachedChangesLoaded(tab.queryID, [change(10, subject: "stale"), change(12)], savedAt: saved)) {
            $0.cacheSavedAt = saved
        }
        #expect(store.state.rows.map(\.subject) == ["fresh"])
    }

    @Test func settingsGiveTabsForAliasesToo() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("store-tabs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var settings = Settings.defaults(home: home.path)
        settings.aliases = [AliasSettings(name: "nova-todo", baseCommand: "todo-noones"),
                            AliasSettings(name: "nova-open", baseCommand: "changes")]
        settings.commandDefaults = [
            CommandDefaults(command: "nova-todo", values: [ConfigValue(section: "command-nova-todo", key: "project",
                                                                       value: "openstack/nova", location: ConfigLocation(file: "x", line: 1))]),
        ]
        settings.organization.bots = ["zuul"]
        let location = ConfigLocation(file: "x", line: 2)
        settings.commandDefaults.append(CommandDefaults(command: "todo-expirable", values: [
            ConfigValue(section: "command-todo-expirable", key: "age", value: "14", location: location)]))
        settings.commandDefaults.append(CommandDefaults(command: "todo-approvable", values: [
            ConfigValue(section: "command-todo-approvable", key: "strict", value: "yes", location: location)]))
        let state = AppState(settings: settings, serverName: "demo", user: "demo", now: t0)
        #expect(state.classifierSettings == ClassifierSettings(me: "demo", bots: ["zuul"], strict: true, expireAge: 14 * 86_400))
        #expect(state.tabs.map(\.id) == ["mine", "anyones", "noones", "others", "approvable", "expirable", "my-changes",
                                         "nova-todo", "nova-open"])
        #expect(state.tabs[6].spec.query.rendered == "status:open AND owner:demo")
        #expect(state.tabs[7].spec.category == .noones)
        #expect(state.tabs[7].spec.query.rendered == "status:open AND project:openstack/nova")
        #expect(state.tabs[8].spec.category == nil)
        #expect(state.tabs[8].spec.query.rendered == "status:open")
    }
}
