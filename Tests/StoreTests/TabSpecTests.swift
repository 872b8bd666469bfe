import Config
import GerritModel
import Reports
import Testing
@testable import Store

@Suite struct TabSpecTests {
    @Test func defaultTabsAreTheSixTodoListsInConfiguredOrder() {
        let tabs = TabSpec.tabs(from: .defaults(home: "/home/demo"), me: "demo")
        #expect(tabs.map(\.id) == ["mine", "anyones", "noones", "others", "approvable", "expirable"])
        #expect(tabs.map(\.category) == [.mine, .anyones, .noones, .others, .approvable, .expirable])
        #expect(tabs[0].query.rendered == "status:open AND reviewer:demo")
        #expect(tabs[3].query.rendered == "status:open AND NOT reviewer:demo")
        // The four lists without a reviewer term share one query, so one request feeds them.
        #expect(Set(tabs.map(\.queryID)).count == 3)
    }
}
