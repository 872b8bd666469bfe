import Foundation
import GerritModel
import Reports
import Testing

@Suite("todo-mine classifier")
struct TodoClassifierTests {
    let classifier = TodoClassifier(me: "demo", bots: ["zuul"])

    func change(owner: String, currentVoters: [String], earlierVoters: [String] = []) throws -> Change {
        func approvals(_ voters: [String]) -> String {
            voters.map { #"{"type":"Code-Review","value":"1","by":{"username":"\#($0)"}}"# }.joined(separator: ",")
        }
        let json = """
        {"number":1,"owner":{"username":"\(owner)"},"patchSets":[\
        {"number":1,"approvals":[\(approvals(earlierVoters))]},\
        {"number":2,"approvals":[\(approvals(currentVoters))]}]}
        """
        return try JSONDecoder().decode(Change.self, from: Data(json.utf8))
    }

    @Test func aNewPatchSetAfterMyEarlierVoteIsOnMyList() throws {
        #expect(classifier.isMine(try change(owner: "alice", currentVoters: ["zuul"], earlierVoters: ["demo"])))
    }

    @Test func myVoteOnTheCurrentPatchSetTakesItOff() throws {
        #expect(!classifier.isMine(try change(owner: "alice", currentVoters: ["demo"])))
    }

    @Test func myOwnChangesAreNeverOnMyList() throws {
        #expect(!classifier.isMine(try change(owner: "demo", currentVoters: [])))
    }
}
