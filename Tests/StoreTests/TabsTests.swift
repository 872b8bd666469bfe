import Foundation
import GerritModel
import Reports
import Testing
@testable import Store

@Suite struct TabsTests {
    @Test func tabTitlesCountTheRowsEachTabShows() {
        let nova = plainTab("nova"), neutron = plainTab("neutron")
        var store = TestStore(makeState(tabs: [nova, neutron]))
        let novaChanges = [change(1), change(2), change(3)]
        store.send(.queryFinished(nova.queryID, novaChanges, at: t0)) {
            expectLoaded(&$0, nova.queryID, novaChanges, at: t0)
            $0.tabs[0].selection = 1
        }
        #expect(store.state.tabTitles == [
            TabTitle(id: "nova", title: "nova", count: 3, unread: 0, isCurrent: true, isLoading: false, hasError: false),
            TabTitle(id: "neutron", title: "neutron", count: nil, unread: 0, isCurrent: false, isLoading: false, hasError: false),
        ])
        store.send(.filterTextChanged("2")) { $0.tabs[0].filter = "2"; $0.tabs[0].selection = 2 }
        // The tab still says how much waits; the filter's share is its own number.
        #expect(store.state.tabTitles[0].count == 3)
        #expect(store.state.tabTitles[0].filteredCount == 1)
    }

    @Test func switchingTabsWrapsAroundAndKeepsEachTabsCursor() {
        let tabs = [plainTab("a"), plainTab("b"), plainTab("c")]
        var store = TestStore(makeState(tabs: tabs))
        store.send(.commandInvoked(.nextTab)) { $0.currentTab = 1 }
        store.send(.commandInvoked(.nextTab)) { $0.currentTab = 2 }
        store.send(.commandInvoked(.nextTab)) { $0.currentTab = 0 }
        store.send(.commandInvoked(.previousTab)) { $0.currentTab = 2 }
        store.send(.tabClicked(1)) { $0.currentTab = 1 }
        store.send(.tabClicked(7))
    }

    @Test func aTodoTabShowsOnlyOpenChangesTheClassifierPutsInItsCategory() {
        let mine = TabSpec.todo(.mine, me: "demo")
        var store = TestStore(makeState(tabs: [mine]))
        // Not mine: I own 2; I voted on 3. 1 waits for my vote: the query says I review it,
        // though I never voted or commented on it.
        let results = [change(1, owner: alice), change(2, owner: me), change(3, owner: bob, votes: [("Code-Review", 1, me)])]
        store.send(.queryFinished(mine.queryID, results, at: t0)) {
            expectLoaded(&$0, mine.queryID, results, at: t0)
            $0.tabs[0].selection = 1
        }
        #expect(store.state.rows.map(\.number) == [1])
        #expect(store.state.tabTitles[0].count == 1)
        #expect(store.state.reviewedByMe == [1, 2, 3])

        // I vote on 1 and the server says so: it leaves my list, and the count follows.
        let at = t0.addingTimeInterval(10)
        let event = commentAdded(1, by: me, votes: [("Code-Review", 1, 0)], at: at)
        store.send(.eventFeed(.event(event), at: at)) {
            $0.now = at
            $0.watch.append(watchEntry(event, at: at, known: $0.changes[1], reviewedByMe: true))
            var updated = results[0]
            updated.lastUpdated = at
            updated.currentPatchSet?.approvals = [Approval(type: "Code-Review", value: 1, grantedOn: at, by: me)]
            updated.comments = [ChangeMessage(timestamp: at, reviewer: me, message: "Looks good")]
            $0.changes[1] = updated
            $0.categories[1] = classified(updated, at: at, reviewedByMe: true)
            $0.unread = [1]
            $0.tabs[0].selection = nil
            $0.tabs[0].selectionIndex = 0
        }
        #expect(store.state.tabTitles[0].count == 0)
    }
}
