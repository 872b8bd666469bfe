import Foundation
import GerritModel
import Reports
import Testing

@Suite("event summaries over the demo event stream")
struct DemoEventSummaryTests {
    @Test func everyDemoEventIsKnownAndDescribed() async throws {
        let events = await DemoData.events(60)
        #expect(events.count == 60)
        let summaries = events.map { EventSummary(event: $0, receivedAt: DemoData.now, bots: DemoData.bots) }
        #expect(summaries.allSatisfy { $0.isKnownType && !$0.detail.isEmpty && !$0.typeName.isEmpty })
        #expect(summaries.allSatisfy { $0.time > DemoData.now })
        let changeEvents = summaries.filter { $0.type != "ref-updated" }
        #expect(changeEvents.allSatisfy { $0.changeNumber != nil && $0.project != nil })
        #expect(Set(summaries.map(\.type)).isSuperset(of: ["comment-added", "patchset-created"]))
        let shown = summaries.filter { EventFilter().accepts($0) }
        #expect(shown.allSatisfy { !($0.isBot && $0.isComment) })
        #expect(shown.count < summaries.count)
        // What the bots do to changes stays: every demo merge is Zuul's.
        #expect(shown.contains { $0.isBot && $0.type == "change-merged" })
        #expect(summaries.allSatisfy { !$0.headline.isEmpty && !$0.headline.contains("-updated") })
    }
}
