import Foundation
import GerritModel
import Reports

/// A small change in the shape of Appendix B: bob reviews patch set 1 with an inline comment,
/// Jenkins fails it, carol approves patch set 2, Zuul passes it; then it is abandoned and restored.
enum CommentFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_700_000_000)
    static func at(_ hours: Double) -> Date { t0.addingTimeInterval(hours * 3600) }

    static let alice = Account(name: "Alice", email: "alice@example.org", username: "alice")
    static let bob = Account(name: "Bob", email: "bob@example.org", username: "bob")
    static let carol = Account(name: "Carol", email: "carol@example.org", username: "carol")
    static let jenkins = Account(name: "Jenkins", username: "jenkins")
    static let zuul = Account(name: "Zuul", username: "zuul")
    static let xen = Account(name: "XenServer CI", username: "citrix_xenserver_ci")

    static let bots = BotMatcher(names: ["jenkins", "zuul", "XenServer CI"])

    static var change: Change {
        let ps1 = PatchSet(
            number: 1, revision: "000000000000000000000000000000000012d687", uploader: alice, createdOn: at(0),
            approvals: [
                Approval(type: "Verified", value: -1, grantedOn: at(1), by: jenkins),
                Approval(type: "Verified", value: 1, grantedOn: at(1.5), by: xen),
                Approval(type: "Code-Review", value: -1, grantedOn: at(2), by: bob),
            ],
            comments: [
                InlineComment(file: "nova/compute/api.py", line: 42, reviewer: bob,
                              message: "This should use the object, not a dict.\n\nPlease also add a unit test.",
                              unresolved: true),
                InlineComment(file: "nova/compute/api.py", line: 42, reviewer: alice,
                              message: "Done", unresolved: false),
                InlineComment(file: "/COMMIT_MSG", reviewer: jenkins, message: "Lint warning", unresolved: true),
            ])
        let ps2 = PatchSet(
            number: 2, revision: "000000000000000000000000000000000025ad0e", uploader: alice, createdOn: at(10),
            approvals: [
                Approval(type: "Verified", value: 1, grantedOn: at(11), by: zuul),
                Approval(type: "Code-Review", value: 2, grantedOn: at(12), by: carol),
            ],
            comments: [
                InlineComment(file: "nova/compute/api.py", line: 50, reviewer: carol, message: "Nit: spacing.",
                              unresolved: true),
            ])
        let messages = [
            ChangeMessage(timestamp: at(0), reviewer: alice, message: "Uploaded patch set 1."),
            ChangeMessage(timestamp: at(1), reviewer: jenkins, message: "Patch Set 1: Verified-1\n\nBuild failed (check pipeline)."),
            ChangeMessage(timestamp: at(2), reviewer: bob,
                          message: "Patch Set 1: Code-Review-1\n\n(1 comment)\n\nNeeds work.\n\nSecond paragraph\nwith two lines."),
            ChangeMessage(timestamp: at(3), reviewer: alice, message: "Patch Set 1:\n\n(1 comment)\n\nFixed in the next one."),
            ChangeMessage(timestamp: at(10), reviewer: alice, message: "Uploaded patch set 2."),
            ChangeMessage(timestamp: at(11), reviewer: zuul, message: "Patch Set 2: Verified+1\n\nBuild succeeded (check pipeline)."),
            ChangeMessage(timestamp: at(12), reviewer: carol, message: "Patch Set 2: Code-Review+2\n\n(1 comment)\n\nLooks good now."),
            ChangeMessage(timestamp: at(20), reviewer: alice, message: "Abandoned\n\nNot needed."),
            ChangeMessage(timestamp: at(21), reviewer: alice, message: "Restored"),
        ]
        return Change(project: "openstack/nova", branch: "master", id: "I000000000000000000000000000000000001001",
                      number: 1001, subject: "Refactor the compute API layer", owner: alice,
                      url: "https://review.example.org/1001", createdOn: at(0), lastUpdated: at(21),
                      status: .new, patchSets: [ps1, ps2], comments: messages)
    }
}
