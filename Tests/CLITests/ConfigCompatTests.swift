import Foundation
import GerritTestSupport
import Testing

/// The complete example config of the spec (§4), run against the demo server.
@Suite("Config compatibility with gerrymander 1.5")
struct ConfigCompatTests {
    let demo: DemoRun
    let config: URL

    init() throws {
        demo = try DemoRun()
        // The example config of the original's spec (§4), copied as is.
        let example = RepositoryPaths.fixtures().appendingPathComponent("gerrymander-1.5-example.conf")
        config = try DemoRun.configFile(try String(contentsOf: example, encoding: .utf8))
    }

    @Test func anAliasRunsItsBaseCommandWithItsOwnAndInheritedDefaults() throws {
        defer { try? FileManager.default.removeItem(at: config) }
        let result = try demo.run(["-c", config.path, "--demo", "changes-nova-specs", "-m", "csv"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.dropFirst().first == "URL,Owner,Subject,Updated,Reviews")
        #expect(lines.count > 2 && lines.dropFirst(2).allSatisfy { $0.contains("/openstack/nova-specs/") })

        // branch = master comes from [command-changes]: the alias inherits its base's defaults.
        let debug = try demo.run(["-c", config.path, "-d", "--demo", "changes-nova-specs", "--field", "branch,project", "-m", "json"])
        #expect(debug.stderr.contains("branch:master"))
        #expect(debug.stderr.contains("project:openstack/nova-specs"))
        let rows = try DemoRun.jsonRows(debug.stdout)
        #expect(!rows.isEmpty && rows.allSatisfy { $0["branch"] as? String == "master" })
    }

    @Test func aGroupDefaultYieldsToAProjectTyped() throws {
        defer { try? FileManager.default.removeItem(at: config) }
        let fromConfig = try demo.run(["-c", config.path, "-d", "--demo", "nova-todo", "-m", "json"])
        #expect(fromConfig.status == 0, "stderr: \(fromConfig.stderr)")
        #expect(fromConfig.stderr.contains("project:openstack/nova OR project:openstack/python-novaclient"))
        let typed = try demo.run(["-c", config.path, "-d", "--demo", "nova-todo", "-p", "openstack/glance", "-m", "json"])
        #expect(typed.status == 0, "stderr: \(typed.stderr)")
        #expect(typed.stderr.contains("project:openstack/glance AND status:open AND reviewer:demo"))
    }

    @Test func colorTrueInTheConfigColoursAndNoColorTurnsItOff() throws {
        defer { try? FileManager.default.removeItem(at: config) }
        let coloured = try demo.run(["-c", config.path, "--demo", "nova-todo"])
        #expect(coloured.stdout.contains("\u{1B}["))
        let plain = try demo.run(["-c", config.path, "--demo", "nova-todo", "--no-color"])
        #expect(plain.status == 0 && !plain.stdout.contains("\u{1B}["))
    }

    @Test func aliasesShowInHelpAndSuggestions() throws {
        defer { try? FileManager.default.removeItem(at: config) }
        let help = try demo.run(["-c", config.path, "--demo", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("changes-nova-specs  Open nova-specs changes (alias of changes)"))
        #expect(help.stdout.contains("nova-todo           My nova todo list (alias of todo-mine)"))
        let typo = try demo.run(["-c", config.path, "--demo", "nova-tod"])
        #expect(typo.status == 2 && typo.stderr.contains("Did you mean 'nova-todo'?"))
        let aliasHelp = try demo.run(["-c", config.path, "--demo", "nova-todo", "--help"])
        #expect(aliasHelp.status == 0 && aliasHelp.stdout.hasPrefix("nova-todo: My nova todo list (alias of 'todo-mine'"))
    }

    @Test func theDemoConfigHasItsOwnSampleAliasAndGroups() throws {
        defer { try? FileManager.default.removeItem(at: config) }
        let result = try demo.run(["--demo", "changes-nova-specs", "-m", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let urls = try DemoRun.jsonRows(result.stdout).compactMap { $0["url"] as? String }
        #expect(!urls.isEmpty && urls.allSatisfy { $0.contains("/openstack/nova-specs/") })
        let group = try demo.run(["-d", "--demo", "todo-noones", "-g", "neutron", "-m", "json"])
        #expect(group.stderr.contains("project:openstack/neutron OR project:openstack/neutron-specs"))
    }

    @Test func aBadBooleanInACommandSectionIsAConfigErrorWithItsLine() throws {
        defer { try? FileManager.default.removeItem(at: config) }
        let file = try DemoRun.configFile("[command-changes]\ndeps = perhaps\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try demo.run(["-c", file.path, "--demo", "changes"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):2: [command-changes] deps: \"perhaps\" is not a boolean"))
    }

    @Test func aValueTheParserRejectsIsBlamedOnItsConfigLine() throws {
        defer { try? FileManager.default.removeItem(at: config) }
        let file = try DemoRun.configFile("[command-todo-mine]\nbranch = master\nlimit = lots\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try demo.run(["-c", file.path, "--demo", "todo-mine"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):3: [command-todo-mine] limit: The value 'lots' is invalid"))
        #expect(try demo.run(["-c", file.path, "--demo", "todo-mine", "-l", "2"]).status == 0)
    }

    @Test func fileRegexesCanComeFromTheConfigAndTypedOnesReplaceThem() throws {
        defer { try? FileManager.default.removeItem(at: config) }
        let file = try DemoRun.configFile("[command-changes]\nfile = ^nova/virt/libvirt/\nstatus = open\nfield = project\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let fromConfig = try demo.run(["-c", file.path, "--demo", "changes", "-m", "json"])
        let projects = Set(try DemoRun.jsonRows(fromConfig.stdout).compactMap { $0["project"] as? String })
        #expect(projects == ["openstack/nova"])
        let typed = try demo.run(["-c", file.path, "--demo", "changes", "-m", "json", "^cinder/"])
        #expect(Set(try DemoRun.jsonRows(typed.stdout).compactMap { $0["project"] as? String }) == ["openstack/cinder"])
    }

    @Test func anUnknownKeyInACommandSectionIsAWarning() throws {
        defer { try? FileManager.default.removeItem(at: config) }
        let file = try DemoRun.configFile("[command-changes]\nnonsense = 1\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try demo.run(["-c", file.path, "--demo", "changes", "-l", "1"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(file.path):2: [command-changes] nonsense: not an option of 'changes' (ignored)"))
    }
}
