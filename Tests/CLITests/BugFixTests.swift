import Foundation
import GerritTestSupport
import Testing

/// One test per bug of spec §9 that the change-list commands fix, run through the real binary.
@Suite("Spec §9 fixes, end to end")
struct BugFixTests {
    let demo: DemoRun

    init() throws { demo = try DemoRun() }

    /// §9.1: todo-noones and todo-others printed an empty table in 1.5.
    @Test func todoNoonesAndTodoOthersListChanges_bug9_1() throws {
        for command in ["todo-noones", "todo-others"] {
            let result = try demo.run(["--demo", command, "-m", "json"])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(try DemoRun.jsonRows(result.stdout).count > 3, "\(command)")
        }
    }

    /// §9.2: todo-others counted CI votes, so a change only bots had voted on was on both
    /// todo-others and todo-noones.
    @Test func botsAreExcludedFromTodoOthers_bug9_2() throws {
        func urls(_ command: String) throws -> Set<String> {
            let result = try demo.run(["--demo", command, "--field", "url", "-m", "json"])
            return Set(try DemoRun.jsonRows(result.stdout).compactMap { $0["url"] as? String })
        }
        let others = try urls("todo-others"), noones = try urls("todo-noones")
        #expect(!others.isEmpty && !noones.isEmpty)
        #expect(others.isDisjoint(with: noones))
    }

    /// §9.5: `changes --sort KEY:rev` was rejected, and `--approval` ignored.
    @Test func changesAcceptsSortRevAndUsesApproval_bug9_5() throws {
        let sorted = try demo.run(["--demo", "changes", "--status", "open", "--sort", "createdOn:rev", "-m", "json"])
        #expect(sorted.status == 0, "stderr: \(sorted.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(sorted.stdout.utf8)) as? [[String: Any]]
        let content = ((parsed?.first?["table"] as? [String: Any])?["content"] as? [[String: Any]]) ?? []
        let epochs = content.compactMap { (($0["values"] as? [String: Any])?["createdOn"] as? [String: Any])?["epoch"] as? Int }
        #expect(epochs.count > 10 && epochs == epochs.sorted(by: >))

        let approved = try demo.run(["-d", "--demo", "changes", "--approval", "Code-Review>=2", "--field", "reviews", "-m", "json"])
        #expect(approved.stderr.contains("label:Code-Review>=2"))
        let reviews = try DemoRun.jsonRows(approved.stdout).compactMap { $0["reviews"] as? String }
        #expect(!reviews.isEmpty && reviews.allSatisfy { $0 != "" })
    }

    /// §9.6: sorting by a column with empty cells crashed; empty cells now come last either way.
    @Test func sortingOnAColumnWithEmptyCellsPutsThemLast_bug9_6() throws {
        for sort in ["topic", "topic:rev"] {
            let result = try demo.run(["--demo", "changes", "--status", "open", "--field", "url,topic", "--sort", sort, "-m", "json"])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let topics = try DemoRun.jsonRows(result.stdout).map { $0["topic"] as? String ?? "" }
            let firstEmpty = topics.firstIndex(of: "") ?? topics.count
            #expect(firstEmpty > 0 && topics[firstEmpty...].allSatisfy(\.isEmpty), "\(sort)")
            let named = Array(topics[..<firstEmpty])
            #expect(named == (sort.hasSuffix(":rev") ? named.sorted(by: >) : named.sorted()))
        }
    }

    /// §9.7: `--field` could not reorder columns.
    @Test func fieldsAppearInTheOrderGiven_bug9_7() throws {
        let result = try demo.run(["--demo", "todo-anyones", "--field", "reviews", "--field", "url", "--field", "owner", "-m", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.split(whereSeparator: \.isNewline).dropFirst().first?.hasPrefix("Reviews,URL,Owner") == true)
    }

    /// §9.13: a Gerrit error row only logged and printed an empty report with status 0.
    @Test func anErrorRowIsAMessageAndStatusOne_bug9_13() throws {
        let result = try demo.run(["--demo", "changes", "--rawquery", "bogus:thing"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Unsupported operator bogus:thing"))
        #expect(result.stdout.isEmpty)
    }

    /// §9.15: `--deps` keyed nodes by Change-Id; now by number, and children are nested.
    @Test func depsNestsChangesByNumber_bug9_15() throws {
        let result = try demo.run(["--demo", "changes", "--status", "open", "--deps", "-m", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let content = ((parsed?.first?["table"] as? [String: Any])?["content"] as? [[String: Any]]) ?? []
        let withChildren = content.filter { !(($0["children"] as? [Any]) ?? []).isEmpty }
        #expect(!withChildren.isEmpty)
        let flat = try demo.run(["--demo", "changes", "--status", "open", "-m", "json"])
        #expect(try DemoRun.jsonRows(flat.stdout).count > content.count)
    }

    /// §9.16: `--limit` cut rows after fetching everything; now the server gets `limit:N`.
    @Test func limitIsSentToTheServer_bug9_16() throws {
        let result = try demo.run(["-d", "--demo", "changes", "--status", "open", "-l", "3", "-m", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("limit:3 AND status:open"))
        #expect(result.stderr.contains("received 3 rows"))
        #expect(try DemoRun.jsonRows(result.stdout).count == 3)
    }

    /// §9.9: config lists could only be extended, true flags not turned off, and no-cache /
    /// refresh / all-groups in a [command-…] section crashed at startup.
    @Test func configDefaultsCanBeReplacedAndTurnedOff_bug9_9() throws {
        let file = try DemoRun.configFile("""
        [command-changes]
        field = url, owner
        deps = yes
        no-cache = yes
        refresh = no
        all-groups = yes
        status = open
        """)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromConfig = try demo.run(["-c", file.path, "--demo", "changes", "-l", "5", "-m", "csv"])
        #expect(fromConfig.status == 0, "stderr: \(fromConfig.stderr)")
        #expect(fromConfig.stdout.split(whereSeparator: \.isNewline).dropFirst().first == "URL,Owner")

        let replaced = try demo.run(["-c", file.path, "--demo", "changes", "--field", "subject", "-p", "openstack/nova",
                                     "--no-deps", "-l", "5", "-m", "csv"])
        #expect(replaced.status == 0, "stderr: \(replaced.stderr)")
        #expect(replaced.stdout.split(whereSeparator: \.isNewline).dropFirst().first == "Subject")
    }
}
