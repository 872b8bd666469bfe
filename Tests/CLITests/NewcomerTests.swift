import Foundation
import GerritTestSupport
import Testing

/// A newcomer's first hour (issue J): what a new user meets before any server is set up.
@Suite("A newcomer's first commands")
struct NewcomerTests {
    let demo: DemoRun
    init() throws { demo = try DemoRun() }

    @Test("with no ~/.gerrymander and no --demo, every server command says how to set up, exit 2",
          arguments: [["changes"], ["todo-mine"], ["watch"], ["comments", "1318"], ["tui"], []])
    func noConfigExplainsWhatToDo(arguments: [String]) throws {
        let result = try demo.run(arguments)
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("~/.gerrymander does not exist"))
        for line in ["[server]", "hostname = review.example.org", "port = 29418", "username = "] {
            #expect(result.stderr.contains(line), "missing \(line)")
        }
        #expect(result.stderr.contains("gerrymander --demo"))
        #expect(!result.stderr.contains("host not found") && !result.stderr.contains("review:"))
    }

    @Test("help and version still work with no config")
    func helpNeedsNoConfig() throws {
        #expect(try demo.run(["--help"]).status == 0)
        #expect(try demo.run(["--version"]).status == 0)
        #expect(try demo.run(["changes", "--help"]).status == 0)
    }

    @Test("-c names a file that must exist")
    func missingConfigFileGivenWithC() throws {
        let result = try demo.run(["-c", "/nonexistent/gm.conf", "--demo", "changes"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/gm.conf: does not exist"))
    }

    @Test("--demo uses ~/.gerrymander: its aliases work and its mistakes are reported")
    func demoReadsTheUsersFile() throws {
        let file = demo.home.appendingPathComponent(".gerrymander")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            [server]
            hostname = review.example.org
            username = someone

            [commands]
            aliases = mine-nova

            [alias-mine-nova]
            basecmd = changes
            help = Nova changes

            [command-mine-nova]
            project = openstack/nova
            """.write(to: file, atomically: true, encoding: .utf8)
        let aliased = try demo.run(["--demo", "mine-nova", "--field", "project", "-m", "csv"])
        #expect(aliased.status == 0, "stderr: \(aliased.stderr)")
        let rows = aliased.stdout.split(whereSeparator: \.isNewline).dropFirst(2)
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("openstack/nova") && !$0.contains("nova-specs") })

        try "[server]\nport = 29x18\n".write(to: file, atomically: true, encoding: .utf8)
        let broken = try demo.run(["--demo", "changes"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("~/.gerrymander:2: [server] port: \"29x18\" is not a number"))
    }

    @Test("--theme is listed in gerrymander --help")
    func themeInRootHelp() throws {
        let help = try demo.run(["--help"])
        #expect(help.stdout.contains("--theme <NAME>"))
    }

    @Test("comments takes a change number or Change-Id, anything else is a usage error")
    func commentsArgument() throws {
        for bad in ["abc", "12a", "-3", "I12"] {
            let result = try demo.run(["--demo", "comments", "--", bad])
            #expect(result.status == 2, "\(bad): \(result.stderr)")
            #expect(result.stderr.contains("CHANGE must be a change number or Change-Id"), "\(bad): \(result.stderr)")
        }
        #expect(try demo.run(["--demo", "comments", "1318"]).status == 0)
    }

    @Test("a misspelt help gets a did-you-mean like every other command")
    func helpTypo() throws {
        let result = try demo.run(["helpp"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Did you mean 'help'?"))
    }

    @Test("JSON, XML and CSV rows carry the change number and project; text keeps the original columns")
    func dataRowsCarryNumberAndProject() throws {
        let json = try demo.run(["--demo", "changes", "--status", "open", "-m", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let rows = (parsed?.first?["table"] as? [String: Any])?["content"] as? [[String: Any]] ?? []
        #expect(!rows.isEmpty)
        for row in rows {
            let values = row["values"] as? [String: Any] ?? [:]
            #expect(values["number"] is Int)
            #expect((values["project"] as? String)?.hasPrefix("openstack/") == true)
        }
        let csv = try demo.run(["--demo", "changes", "--status", "open", "-m", "csv"])
        #expect(csv.stdout.split(whereSeparator: \.isNewline).dropFirst().first?.hasPrefix("Number,Project,Status,URL") == true)
        let xml = try demo.run(["--demo", "changes", "--status", "open", "-m", "xml"])
        #expect(xml.stdout.contains("<number value=\"1318\">1318</number>"))
        let text = try demo.run(["--demo", "changes", "--status", "open"])
        #expect(text.stdout.contains("| Status | URL"))
        #expect(!text.stdout.contains("Number"))
    }
}
