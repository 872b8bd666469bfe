import Foundation
import GerritTestSupport
import Testing

@Suite("changes against the demo server")
struct ChangesCommandTests {
    let gerrymander: BinaryRunner

    init() throws { gerrymander = try BinaryRunner(product: "gerrymander") }

    @Test func jsonOutputIsValidWithRealFields() throws {
        let result = try gerrymander.run(["--demo", "changes", "--status", "open", "-m", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let table = parsed?.first?["table"] as? [String: Any]
        let rows = table?["content"] as? [[String: Any]] ?? []
        #expect(rows.count > 20)
        let display = rows.first?["display"] as? [String: Any]
        #expect(display?["status"] as? String == "NEW")
        #expect((display?["url"] as? String)?.hasPrefix("https://review.example.org/") == true)
    }

    @Test func limitAndProjectNarrowTheTextTable() throws {
        let result = try gerrymander.run(["--demo", "changes", "--status", "open", "-p", "openstack/nova", "-l", "3"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("| NEW") }
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.contains("/c/openstack/nova/+/") })
    }

    @Test func anUnknownModeIsAUsageError() throws {
        let result = try gerrymander.run(["--demo", "changes", "-m", "yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'yaml'"))
    }
}

@Suite("todo-mine against the demo server")
struct TodoMineCommandTests {
    @Test func listsChangesWaitingForDemoAndNoneOwnedByDemo() throws {
        let gerrymander = try BinaryRunner(product: "gerrymander")
        let result = try gerrymander.run(["--demo", "todo-mine", "-m", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let table = parsed?.first?["table"] as? [String: Any]
        #expect(table?["title"] as? String == "Changes To Do List")
        let rows = table?["content"] as? [[String: Any]] ?? []
        #expect(!rows.isEmpty)
        let owners = rows.compactMap { ($0["display"] as? [String: Any])?["owner"] as? String }
        #expect(owners.count == rows.count && !owners.contains("demo"))
    }
}
