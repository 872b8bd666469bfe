import Config
import GerritModel
import Reports
import Testing
@testable import Store

@Suite struct TabSpecTests {
    @Test func defaultTabsAreTheSixTodoListsAndMyChangesInConfiguredOrder() {
        let tabs = TabSpec.tabs(from: .defaults(home: "/home/demo"), me: "demo")
        #expect(tabs.map(\.id) == ["mine", "anyones", "noones", "others", "approvable", "expirable", "my-changes"])
        #expect(tabs.map(\.category) == [.mine, .anyones, .noones, .others, .approvable, .expirable, nil])
        #expect(tabs[0].query.rendered == "status:open AND reviewer:demo")
        #expect(tabs[3].query.rendered == "status:open AND NOT reviewer:demo")
        #expect(tabs[6].query.rendered == "status:open AND owner:demo")
        // The four lists without a reviewer term share one query, so one request feeds them.
        #expect(Set(tabs.map(\.queryID)).count == 4)
    }
}
