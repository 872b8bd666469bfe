import Foundation
import Testing
@testable import GerritModel

@Suite struct ApprovalTests {
    private func approval(_ json: String) throws -> Approval {
        try JSONDecoder().decode(Approval.self, from: Data(json.utf8))
    }

    @Test(arguments: [("CRVW", "Code-Review"), ("VRIF", "Verified"), ("APRV", "Workflow"), ("SUBM", "Submit"),
                      ("Code-Review", "Code-Review"), ("Sanity-Review", "Sanity-Review")])
    func oldCategoryIdsAreMappedToLabelNames(raw: String, label: String) throws {
        let a = try approval(#"{"type":"\#(raw)","value":"1"}"#)
        #expect(a.type == label)
        #expect(a.rawType == raw)
    }

    @Test func valuesAcceptPlusSignsIntsAndMissing() throws {
        #expect(try approval(#"{"type":"Verified","value":"+1"}"#).value == 1)
        #expect(try approval(#"{"type":"Verified","value":-2}"#).value == -2)
        #expect(try approval(#"{"type":"Verified"}"#).value == 0)
    }

    @Test func labelKeyIsAcceptedWhenTypeIsMissing() throws {
        #expect(try approval(#"{"label":"Code-Review","value":"2"}"#).type == "Code-Review")
    }

    @Test func oldValueMarksChangedVotes() throws {
        let changed = try approval(#"{"type":"Code-Review","value":"-1","oldValue":"0"}"#)
        #expect(changed.oldValue == 0)
        #expect(changed.changed)
        #expect(changed.isNegative)
        #expect(!(try approval(#"{"type":"Workflow","value":"0"}"#).changed))
    }

    @Test func accountFallbacks() {
        #expect(Account(email: "a@x", username: "").displayName == "a@x")
        #expect(Account(name: "N", email: "a@x", username: "").identity == "a@x")
        #expect(Account().displayName == "unknown")
        #expect(Account(name: "N", email: "A@X").matches("a@x"))
    }
}
