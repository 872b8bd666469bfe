import Foundation
import GerritModel
import Reports
import Testing

@Suite("event filter")
struct EventFilterTests {
    let bots = BotMatcher(names: ["zuul"])

    func check(_ filter: EventFilter, _ json: String) throws -> Bool {
        let event = try JSONDecoder().decode(StreamEvent.self, from: Data(json.utf8))
        return filter.accepts(event, summary: EventSummary(event: event, receivedAt: Date(), bots: bots))
    }

    let byZuul = #"{"type":"comment-added","change":{"number":1,"project":"a"},"author":{"username":"zuul"}}"#
    let byCarol = #"{"type":"comment-added","change":{"number":1,"project":"a"},"author":{"username":"carol"}}"#
    let inB = #"{"type":"patchset-created","change":{"number":2,"project":"b"},"uploader":{"username":"carol"}}"#

    @Test func botsAreHiddenUnlessAsked() throws {
        #expect(try !check(EventFilter(), byZuul))
        #expect(try check(EventFilter(), byCarol))
        #expect(try check(EventFilter(includeBots: true), byZuul))
    }

    @Test func chosenProjectsKeepOnlyTheirEvents() throws {
        let filter = EventFilter(projects: ["a"])
        #expect(try check(filter, byCarol))
        #expect(try !check(filter, inB))
        #expect(try check(filter, #"{"type":"dropped-output"}"#))
    }

    @Test func changeRefUpdatesAreHiddenBranchUpdatesShown() throws {
        let meta = #"{"type":"ref-updated","refUpdate":{"refName":"refs/changes/01/1/meta","project":"a"}}"#
        let branch = #"{"type":"ref-updated","refUpdate":{"refName":"refs/heads/master","project":"a"}}"#
        #expect(try !check(EventFilter(), meta))
        #expect(try check(EventFilter(), branch))
        #expect(try check(EventFilter(includeChangeRefs: true), meta))
    }
}
