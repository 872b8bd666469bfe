import Foundation
import Testing
@testable import GerritModel
import GerritTestSupport

@Suite struct StreamEventTests {
    private func events(_ file: String) throws -> [StreamEvent] {
        try GerritLineDecoder(source: file).events(in: RealGerritSamples.data(file)).map { try $0.get() }
    }

    private func event(_ json: String) throws -> StreamEvent {
        try #require(GerritLineDecoder(source: "test").event(json, lineNumber: 1)?.value)
    }

    @Test func unknownEventKeepsTheRawLine() throws {
        let line = #"{"type":"this-event-is-not-handled","title":"Unhandled event title","description":"Unhandled event description"}"#
        let e = try event(line)
        #expect(e == .unknown(type: "this-event-is-not-handled", raw: line))
        #expect(e.change == nil && e.actor == nil && e.createdOn == nil)
        let plugin = try event(#"{"type":"some-plugin-event","pluginData":{"x":[1,2,3]},"eventCreatedOn":1732550400}"#)
        #expect(plugin.type == "some-plugin-event")
        #expect(plugin.createdOn == Date(timeIntervalSince1970: 1_732_550_400))
    }

    @Test func unknownEventReEncodesEveryField() throws {
        let e = try event(#"{"type":"change-deferred","deferrer":{"username":"x"},"reason":"dup","n":12}"#)
        let again = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(e))
        #expect(again == .object(["type": .string("change-deferred"), "deferrer": .object(["username": .string("x")]),
                                  "reason": .string("dup"), "n": .int(12)]))
    }

    @Test func trailingCommaHashtagsEventDecodes() throws {
        let e = try #require(try events("edge-trailing-comma-hashtags.jsonl").first)
        guard case .hashtagsChanged(let h) = e else { Issue.record("got \(e.type)"); return }
        #expect(h.added == ["newtag", "newtag2"])
        #expect(h.removed == ["oldtag", "oldtag2"])
        #expect(h.hashtags == ["works", "yolo"])
        #expect(e.actor?.username == "defer")
        #expect(e.change?.number == 1000)
        #expect(e.createdOn == Date(timeIntervalSince1970: 1_539_112_429))
    }

    @Test func pygerritEraEventsMapToTheirCases() throws {
        let all = try events("events-pygerrit-2.5era.jsonl")
        #expect(all.map(\.type) == ["change-abandoned", "change-merged", "change-restored", "comment-added",
                                    "draft-published", "merge-failed", "patchset-created", "ref-updated",
                                    "reviewer-added", "topic-changed", "this-event-is-not-handled", "user-defined-event"])
        guard case .commentAdded(let comment) = all[3] else { Issue.record("expected comment-added"); return }
        #expect(comment.approvals?.map(\.type) == ["Code-Review", "Verified"])
        #expect(all[3].change?.number == 123_456)
        #expect(all[3].patchSet?.number == 4)
        #expect(all[3].actor?.name == "Author Name")
        #expect(all.allSatisfy { $0.createdOn == nil })  // pre-2.9: no eventCreatedOn
        guard case .topicChanged(let topic) = all[9] else { Issue.record("expected topic-changed"); return }
        #expect(topic.oldTopic == "old-topic")
        if case .draftPublished = all[4] {} else { Issue.record("expected draft-published") }
        if case .unknown = all[11] {} else { Issue.record("user-defined-event should stay unknown") }
    }

    @Test func votesAndReviewerEventsOfNewerServers() throws {
        let mixed = try events("events-gerrit-events-lib-mixed.jsonl")
        guard case .changeDeleted(let deleted) = mixed[0] else { Issue.record("expected change-deleted"); return }
        #expect(deleted.deleter?.username == "admin")
        guard case .voteDeleted(let vote) = mixed[1] else { Issue.record("expected vote-deleted"); return }
        #expect(vote.approvals?.first?.oldValue == -2)
        #expect(mixed[1].actor?.username == "evil")
        let bot = try events("events-gerritbotrs-2.15.jsonl")
        guard case .reviewerAdded(let added) = bot[1] else { Issue.record("expected reviewer-added"); return }
        #expect(added.reviewer?.username == "jdoe")
        #expect(bot[1].change?.assignee?.username == "jdoe")
        #expect(bot[0].patchSet?.deletedLines == 18)
    }

    @Test func replicationAndProjectEventsOf3x() throws {
        let all = try events("events-replication-notes-3.5.jsonl")
        guard case .projectCreated(let project) = all[1] else { Issue.record("expected project-created"); return }
        #expect(project.projectName == "repo1")
        #expect(all.map(\.project) == ["repo1", "repo1", "repo1", "repo1", "All-Projects", "repo1", "project1", "project1", "project1",
                                        "project1", "project1", "project1", "project1", "project1"])
        guard case .replication(let replicated) = all[9] else { Issue.record("expected ref-replicated"); return }
        #expect(replicated.type == "ref-replicated")
        #expect(replicated.status == "failed")
        #expect(all[4].type == "fetch-ref-replication-done")
        #expect(all[5].change?.wip == true)
        guard case .refUpdated(let meta) = all[12] else { Issue.record("expected ref-updated"); return }
        #expect(meta.refUpdate?.isChangeMetaRef == true)
    }

    @Test func qtForkEventsWithShortRefNamesAndPluginTypes() throws {
        let all = try events("events-qt-codereview-2.7fork-2018.jsonl")
        #expect(all.contains { if case .refUpdated(let r) = $0 { return r.refUpdate?.refName == "master" }; return false })
        #expect(all.contains { if case .unknown(let type, let raw) = $0 { return type == "change-deferred" && raw.contains("deferrer") }; return false })
    }

    @Test func nullAuthorAndMissingChangeAreTolerated() throws {
        let e = try event(#"{"type":"comment-added","author":null,"approvals":[],"comment":"","eventCreatedOn":1732550400}"#)
        #expect(e.change == nil && e.actor == nil)
        #expect(e.createdOn != nil)
    }

    @Test func droppedOutputAndTypedEventsRoundTrip() throws {
        let dropped = try event(#"{"type":"dropped-output","eventCreatedOn":5}"#)
        #expect(dropped == .droppedOutput(createdOn: Date(timeIntervalSince1970: 5)))
        let samples: [StreamEvent] = [
            dropped,
            .wipStateChanged(ChangeStateChanged(change: Change(number: 3, wip: true), changer: Account(username: "a"), createdOn: Date(timeIntervalSince1970: 9))),
            .privateStateChanged(ChangeStateChanged(change: Change(number: 4, private: true))),
            .assigneeChanged(AssigneeChanged(change: Change(number: 5), changer: Account(username: "a"), oldAssignee: Account(username: "b"))),
            .batchRefUpdated(BatchRefUpdated(submitter: Account(username: "s"), refUpdates: [RefUpdate(refName: "refs/heads/x")])),
            .projectHeadUpdated(ProjectHeadUpdated(projectName: "p", oldHead: "refs/heads/a", newHead: "refs/heads/b")),
            .reviewerDeleted(ReviewerDeleted(reviewer: Account(username: "r"), remover: Account(username: "m"))),
        ]
        for sample in samples {
            let data = try JSONEncoder().encode(sample)
            let again = try #require(GerritLineDecoder(source: "t").event(data, lineNumber: 1)?.value)
            #expect(again == sample)
        }
    }

    @Test func eventWithoutTypeIsAnError() throws {
        let error = try #require(GerritLineDecoder(source: "watch").event(#"{"change":{}}"#, lineNumber: 7)?.failure)
        #expect(error.description == "watch:7: missing field 'type'")
    }
}
