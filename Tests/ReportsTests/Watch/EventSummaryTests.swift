import Foundation
import GerritModel
import Reports
import Testing

@Suite("event summaries")
struct EventSummaryTests {
    static let change = #""change":{"project":"demo/proj","branch":"master","id":"I1001","number":"1001","subject":"Refactor compute API","url":"https://review.example.org/1001","topic":"new-topic","wip":true}"#
    static let patchSet = #""patchSet":{"number":"4","revision":"abc","kind":"TRIVIAL_REBASE"}"#
    static let carol = #"{"name":"Carol","username":"carol"}"#
    static let received = Date(timeIntervalSince1970: 1_700_000_000)

    func summary(_ json: String, bots: [String] = ["zuul"]) throws -> EventSummary {
        let event = try JSONDecoder().decode(StreamEvent.self, from: Data(json.utf8))
        return EventSummary(event: event, receivedAt: Self.received, bots: BotMatcher(names: bots))
    }

    func changeEvent(_ type: String, _ fields: String) -> String {
        #"{"type":"\#(type)","eventCreatedOn":1700000100,\#(Self.change),\#(Self.patchSet),\#(fields)}"#
    }

    /// Every event type of gerrit-protocol.md §3, with the name and detail watch shows.
    static let cases: [(type: String, fields: String, name: String, detail: String)] = [
        ("patchset-created", #""uploader":\#(carol)"#, "new patch set", "new patch set 4, trivial rebase"),
        ("draft-published", #""uploader":\#(carol)"#, "draft published", "draft patch set 4 published"),
        ("change-abandoned", #""abandoner":\#(carol),"reason":"Old""#, "abandoned", "abandoned"),
        ("change-restored", #""restorer":\#(carol)"#, "restored", "restored"),
        ("change-merged", #""submitter":\#(carol),"newRev":"def""#, "merged", "merged"),
        ("merge-failed", #""submitter":\#(carol),"reason":"conflict""#, "merge failed", "merge failed"),
        ("change-deleted", #""deleter":\#(carol)"#, "deleted", "deleted"),
        ("comment-added", #""author":\#(carol),"approvals":[{"type":"Code-Review","value":"2","oldValue":"0"},{"type":"Verified","value":"1"}],"comment":"Patch Set 4: Code-Review+2\n\nLooks good""#,
         "comment added", "Code-Review +2"),
        ("reviewer-added", #""reviewer":{"name":"Dave"},"adder":\#(carol)"#, "reviewer added", "reviewer added: Dave"),
        ("reviewer-deleted", #""reviewer":{"name":"Dave"},"remover":\#(carol)"#, "reviewer removed", "reviewer removed: Dave"),
        ("vote-deleted", #""reviewer":{"name":"Dave"},"remover":\#(carol),"approvals":[{"type":"Code-Review","value":"0","oldValue":"-1"}]"#,
         "vote removed", "Code-Review -1 of Dave removed"),
        ("topic-changed", #""changer":\#(carol),"oldTopic":"old-topic""#, "topic changed", "topic: old-topic → new-topic"),
        ("hashtags-changed", #""editor":\#(carol),"added":["ptg"],"removed":["wip"]"#, "hashtags changed", "+#ptg, -#wip"),
        ("wip-state-changed", #""changer":\#(carol)"#, "work in progress", "marked work in progress"),
        ("private-state-changed", #""changer":\#(carol)"#, "private", "no longer private"),
        ("assignee-changed", #""changer":\#(carol),"oldAssignee":{"name":"Dave"}"#, "assignee changed", "assignee: Dave → nobody"),
    ]

    @Test(arguments: 0..<cases.count)
    func everyChangeEventTypeIsNamedForWhatItIs(index: Int) throws {
        let item = Self.cases[index]
        let result = try summary(changeEvent(item.type, item.fields))
        #expect(result.type == item.type)
        #expect(result.typeName == item.name)
        #expect(result.detail == item.detail)
        #expect(result.isKnownType)
        #expect(result.changeNumber == 1001)
        #expect(result.project == "demo/proj")
        #expect(result.time == Date(timeIntervalSince1970: 1_700_000_100))
    }

    @Test func patchsetCreatedIsNotCalledChangeRestored_bug9_12() throws {
        // §9.12: the original printed "change restored" for a new patch set.
        let result = try summary(changeEvent("patchset-created", #""uploader":\#(Self.carol)"#))
        #expect(result.typeName == "new patch set")
        #expect(result.patchSet == 4)
        #expect(result.actorName == "Carol")
    }

    @Test func reviewerAddedAndTopicChangedSayWhatChanged_bug9_12() throws {
        // §9.12: these had no action text at all.
        #expect(try summary(changeEvent("reviewer-added", #""reviewer":{"name":"Dave"}"#)).detail == "reviewer added: Dave")
        #expect(try summary(changeEvent("topic-changed", #""changer":\#(Self.carol)"#)).detail == "topic: none → new-topic")
    }

    @Test func unknownEventTypesAreShownWithTheirTypeNotATraceback_bug9_12() throws {
        // §9.12: unknown types raised "Unknown event" with a traceback.
        let result = try summary(#"{"type":"change-staged","eventCreatedOn":1700000200,"change":{"number":5}}"#)
        #expect(!result.isKnownType)
        #expect(result.typeName == "unknown (change-staged)")
        #expect(result.detail == "unknown event type 'change-staged'")
        #expect(result.time == Date(timeIntervalSince1970: 1_700_000_200))
    }

    @Test func refUpdatedIsShown_bug9_12() throws {
        // §9.12: ref-updated was never shown.
        let result = try summary(#"{"type":"ref-updated","submitter":{"name":"Carol"},"refUpdate":{"oldRev":"1111111","newRev":"2222222aaaa","refName":"refs/heads/master","project":"demo/proj"}}"#)
        #expect(result.typeName == "ref updated")
        #expect(result.detail == "refs/heads/master → 2222222")
        #expect(result.project == "demo/proj")
        #expect(result.time == Self.received)
    }

    @Test func otherEventsAreNamedToo() throws {
        #expect(try summary(#"{"type":"dropped-output"}"#).typeName == "events dropped")
        #expect(try summary(#"{"type":"project-created","projectName":"new/proj","headName":"refs/heads/main"}"#).detail
                == "project created (HEAD refs/heads/main)")
        #expect(try summary(#"{"type":"batch-ref-updated","refUpdates":[{"refName":"a"},{"refName":"b"}]}"#).detail == "2 refs updated")
        #expect(try summary(#"{"type":"ref-replicated","project":"p","ref":"refs/heads/x","targetNode":"mirror","status":"failed"}"#).detail
                == "ref replicated refs/heads/x → mirror: failed")
        #expect(try summary(#"{"type":"project-head-updated","projectName":"p","oldHead":"a","newHead":"b"}"#).detail == "HEAD: a → b")
    }

    @Test func commentVotesAreTheChangedOnesAndTheMessageLosesItsHeader() throws {
        let result = try summary(changeEvent("comment-added", Self.cases[7].fields))
        #expect(result.votes == [EventSummary.LabelVote(label: "Code-Review", value: 2)])
        #expect(result.tone == .strongPositive)
        #expect(result.messageParagraphs == ["Looks good"])
    }

    @Test func oldServersWithoutOldValueShowEveryNonZeroVote() throws {
        let result = try summary(changeEvent("comment-added",
            #""author":\#(Self.carol),"approvals":[{"type":"CRVW","value":"-1"},{"type":"VRIF","value":"0"}]"#))
        #expect(result.detail == "Code-Review -1")
        #expect(result.tone == .negative)
    }

    @Test func theHeadlineNamesTheEventInWords() throws {
        #expect(try summary(changeEvent("comment-added", Self.cases[7].fields)).headline == "commented (Code-Review +2)")
        #expect(try summary(changeEvent("patchset-created", #""uploader":\#(Self.carol)"#)).headline == "new patch set 4, trivial rebase")
        #expect(try summary(changeEvent("hashtags-changed", Self.cases[12].fields)).headline == "hashtags +#ptg, -#wip")
        #expect(try summary(#"{"type":"ref-updated","refUpdate":{"newRev":"2222222aaaa","refName":"refs/meta/config","project":"p"}}"#).headline
                == "ref updated: refs/meta/config → 2222222")
        #expect(try summary(#"{"type":"change-staged","change":{"number":5}}"#).headline == "unknown (change-staged)")
    }

    @Test func aCommentWithoutVotesSaysCommented() throws {
        let result = try summary(changeEvent("comment-added", #""author":\#(Self.carol),"comment":"Hi""#))
        #expect(result.detail == "commented")
    }
}
