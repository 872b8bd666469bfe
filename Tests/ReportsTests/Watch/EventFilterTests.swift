import Foundation
import GerritModel
import Reports
import Testing

@Suite("event filter")
struct EventFilterTests {
    let bots = BotMatcher(names: ["zuul"])

    func check(_ filter: EventFilter, _ json: String) throws -> Bool {
        let event = try JSONDecoder().decode(StreamEvent.self, from: Data(json.utf8))
        return filter.accepts(EventSummary(event: event, receivedAt: Date(), bots: bots))
    }

    let byZuul = #"{"type":"comment-added","change":{"number":1,"project":"a"},"author":{"username":"zuul"}}"#
    let byCarol = #"{"type":"comment-added","change":{"number":1,"project":"a"},"author":{"username":"carol"}}"#
    let inB = #"{"type":"patchset-created","change":{"number":2,"project":"b"},"uploader":{"username":"carol"}}"#

    @Test func botsCommentsAreHiddenUnlessAsked() throws {
        #expect(try !check(EventFilter(), byZuul))
        #expect(try check(EventFilter(), byCarol))
        #expect(try check(EventFilter(includeBots: true), byZuul))
    }

    @Test(arguments: [
        #"{"type":"change-merged","change":{"number":1,"project":"a"},"submitter":{"username":"zuul"}}"#,
        #"{"type":"change-abandoned","change":{"number":1,"project":"a"},"abandoner":{"username":"zuul"}}"#,
        #"{"type":"change-restored","change":{"number":1,"project":"a"},"restorer":{"username":"zuul"}}"#,
        #"{"type":"patchset-created","change":{"number":1,"project":"a"},"patchSet":{"number":2},"uploader":{"username":"zuul"}}"#,
        #"{"type":"reviewer-added","change":{"number":1,"project":"a"},"reviewer":{"name":"Dave"},"adder":{"username":"zuul"}}"#,
        #"{"type":"topic-changed","change":{"number":1,"project":"a","topic":"t"},"changer":{"username":"zuul"}}"#,
        #"{"type":"hashtags-changed","change":{"number":1,"project":"a"},"editor":{"username":"zuul"},"added":["x"]}"#,
        #"{"type":"wip-state-changed","change":{"number":1,"project":"a","wip":true},"changer":{"username":"zuul"}}"#,
    ])
    func whatABotDoesToAChangeIsAlwaysShown(json: String) throws {
        // Every merge on a Zuul server is done by the bot: hiding bots must not hide merges.
        #expect(try check(EventFilter(), json))
    }

    @Test func chosenProjectsKeepOnlyTheirEvents() throws {
        let filter = EventFilter(projects: ["a"])
        #expect(try check(filter, byCarol))
        #expect(try !check(filter, inB))
        #expect(try check(filter, #"{"type":"dropped-output"}"#))
    }
}
