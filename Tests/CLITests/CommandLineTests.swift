import Foundation
import GerritTestSupport
import Testing

@Suite("Help, completions, man page, colour and exit statuses")
struct CommandLineTests {
    let demo: DemoRun
    static let commands = ["changes", "todo-mine", "todo-others", "todo-anyones", "todo-noones", "todo-approvable", "todo-expirable"]

    init() throws { demo = try DemoRun() }

    @Test(arguments: commands)
    func helpHasAnExampleAndTheSharedOptions(_ command: String) throws {
        let result = try demo.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example: gerrymander --demo \(command)"))
        for option in ["--mode", "--color", "--no-color", "--limit", "--sort", "--field", "--no-cache", "--refresh",
                       "--project", "--group", "--all-groups", "--branch", "--topic", "--deps"] {
            #expect(result.stdout.contains(option), "\(command) --help lacks \(option)")
        }
    }

    @Test func todoCommandOptionsOfTheirOwn() throws {
        #expect(try demo.run(["todo-approvable", "--help"]).stdout.contains("--strict"))
        #expect(try demo.run(["todo-expirable", "--help"]).stdout.contains("--age"))
        let strict = try demo.run(["--demo", "todo-approvable", "--strict", "-m", "json"])
        let loose = try demo.run(["--demo", "todo-approvable", "-m", "json"])
        #expect(try DemoRun.jsonRows(strict.stdout).count < DemoRun.jsonRows(loose.stdout).count)
        let young = try demo.run(["--demo", "todo-expirable", "--age", "1", "-m", "json"])
        let old = try demo.run(["--demo", "todo-expirable", "--age", "60", "-m", "json"])
        #expect(try DemoRun.jsonRows(old.stdout).count < DemoRun.jsonRows(young.stdout).count)
    }

    @Test func bashCompletionKnowsTheCommandsAndOptions() throws {
        let result = try demo.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        for word in Self.commands + ["--all-groups", "--no-deps", "--strict"] {
            #expect(result.stdout.contains(word), "completion lacks \(word)")
        }
    }

    @Test func theManPageCoversEveryCommand() throws {
        let result = try demo.run(["--generate-manual"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(".TH GERRYMANDER 1"))
        for command in Self.commands {
            #expect(result.stdout.contains(".SS \(command.replacingOccurrences(of: "-", with: "\\-"))"))
        }
        #expect(result.stdout.contains("\\fB\\-\\-all\\-groups\\fR"))
        // The UI's keys, from the same command table as the keymap and the help overlay.
        #expect(result.stdout.contains(".SH KEYS"))
        for line in ["\\fBreview\\fR (r)", "\\fBapprove\\fR (A)", "\\fBopen\\-change NUMBER\\fR (#)",
                     "\\fBrefresh\\fR (C\\-r, F5)", "\\fBvote LABEL VALUE\\fR (palette only)"] {
            #expect(result.stdout.contains(line), "man page lacks \(line)")
        }
    }

    @Test func colourOnlyWhenAskedForWhilePiped() throws {
        let auto = try demo.run(["--demo", "todo-mine"])
        #expect(!auto.stdout.contains("\u{1B}["))
        let always = try demo.run(["--demo", "todo-mine", "--color", "always"])
        #expect(always.stdout.contains("\u{1B}["))
        let bare = try demo.run(["--demo", "todo-mine", "--color"])
        #expect(bare.status == 0 && bare.stdout.contains("\u{1B}["))
        let never = try demo.run(["--demo", "todo-mine", "--color", "always", "--no-color"])
        #expect(!never.stdout.contains("\u{1B}["))
        let json = try demo.run(["--demo", "todo-mine", "--color", "always", "-m", "json"])
        #expect(!json.stdout.contains("\u{1B}["))
    }

    @Test func fileRegexesFilterOnTheNewestPatchSet() throws {
        let result = try demo.run(["--demo", "changes", "--status", "open", "--field", "url", "-m", "json", "nova/virt/libvirt/"])
        let urls = try DemoRun.jsonRows(result.stdout).compactMap { $0["url"] as? String }
        #expect(!urls.isEmpty && urls.allSatisfy { $0.contains("/openstack/nova/") })
    }

    @Test func exitStatusesAreZeroOneTwo() throws {
        #expect(try demo.run(["--demo", "todo-mine"]).status == 0)
        #expect(try demo.run(["--demo", "changes", "--rawquery", "bogus:x"]).status == 1)
        let exclusive = try demo.run(["--demo", "changes", "-p", "a", "-g", "nova"])
        #expect(exclusive.status == 2 && exclusive.stderr.contains("mutually exclusive"))
        let group = try demo.run(["--demo", "changes", "-g", "nosuch"])
        #expect(group.status == 2 && group.stderr.contains("unknown group 'nosuch'"))
        let regex = try demo.run(["--demo", "changes", "("])
        #expect(regex.status == 2 && regex.stderr.contains("not a valid regular expression"))
        let sort = try demo.run(["--demo", "changes", "--sort", "nope"])
        #expect(sort.status == 2 && sort.stderr.contains("Unknown sort column 'nope'"))
        let field = try demo.run(["--demo", "todo-mine", "--field", "nope:x"])
        #expect(field.status == 2)
        // A server that is not there is a server error (1) that names host and port.
        let closed = try DemoRun.configFile("[server]\nhostname = 127.0.0.1\nport = 1\nusername = me\n")
        defer { try? FileManager.default.removeItem(at: closed) }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("gm-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let real = try demo.run(["-c", closed.path, "todo-mine"], environment: ["HOME": home.path])
        #expect(real.status == 1 && real.stderr.contains("127.0.0.1:1"), "stderr: \(real.stderr)")
        // Once: the transport's message already names the address.
        #expect(real.stderr.components(separatedBy: "127.0.0.1:1").count == 2, "stderr: \(real.stderr)")
    }
}
