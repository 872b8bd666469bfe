import Foundation
import GerritTestSupport
import Testing

/// The report commands' own command-line reader (FastArguments) against ArgumentParser, through
/// the binary's `GERRYMANDER_PARSER=check`, which prints what each makes of a line: the two must
/// agree on every line the fast reader answers for, know the same options, and the everyday
/// lines must not fall back (or the speed-up is silently gone).
@Suite("The fast command-line reader agrees with ArgumentParser")
struct FastCommandLineTests {
    static let commands = ["tui", "changes", "comments", "todo-mine", "todo-others", "todo-anyones", "todo-noones",
                           "todo-approvable", "todo-expirable", "patchreviewstats", "patchreviewrate", "openreviewstats"]

    struct Check {
        var fast: String
        var full: String
        var spellings: [String]
        var fellBack: Bool { fast == "(ArgumentParser's)" }
    }

    static func check(_ demo: DemoRun, _ arguments: [String]) throws -> Check {
        let result = try demo.run(arguments, environment: ["GERRYMANDER_PARSER": "check"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        var fields: [String: String] = [:]
        for line in result.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let start = line.index(colon, offsetBy: 2, limitedBy: line.endIndex) ?? line.endIndex
            fields[String(line[..<colon])] = String(line[start...])
        }
        return Check(fast: fields["fast"] ?? "", full: fields["full"] ?? "",
                     spellings: (fields["spellings"] ?? "").split(separator: " ").map(String.init))
    }

    /// Every option spelling ArgumentParser gives `command`, from its `--experimental-dump-help`.
    static func parserSpellings(_ demo: DemoRun, _ command: String) throws -> [(spelling: String, takesValue: Bool)] {
        let result = try demo.run([command, "--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let arguments = (json["command"] as? [String: Any])?["arguments"] as? [[String: Any]] ?? []
        var spellings: [(String, Bool)] = []
        for argument in arguments {
            let kind = argument["kind"] as? String
            for name in argument["names"] as? [[String: Any]] ?? [] {
                guard let text = name["name"] as? String, let nameKind = name["kind"] as? String else { continue }
                spellings.append(((nameKind == "short" ? "-" : "--") + text, kind == "option"))
            }
        }
        // ArgumentParser's own, answered by it alone.
        return spellings.filter { !["-h", "--help", "--version"].contains($0.0) }
    }

    /// A value each option accepts.
    static func sampleValue(_ spelling: String, config: String) -> String {
        switch spelling {
        case "-m", "--mode": return "json"
        case "--color": return "never"
        case "-l", "--limit", "--days", "--age", "--patch": return "3"
        case "-c", "--config": return config
        default: return "x"
        }
    }

    @Test(arguments: commands)
    func everyOptionIsKnownToBothAndReadAlike(command: String) throws {
        let demo = try DemoRun()
        let positional = command == "comments" ? ["1035"] : []
        let parser = try Self.parserSpellings(demo, command)
        let config = demo.home.path + "/empty.conf"
        try "".write(toFile: config, atomically: true, encoding: .utf8)
        let plain = try Self.check(demo, [command] + positional)
        #expect(!plain.fellBack, "the bare command fell back to ArgumentParser")
        #expect(plain.fast == plain.full)
        #expect(plain.spellings == parser.map(\.spelling).sorted(), "the fast reader's options drifted from the declarations")
        for (spelling, takesValue) in parser {
            let line = [command] + positional + (takesValue ? [spelling, Self.sampleValue(spelling, config: config)] : [spelling])
            let checked = try Self.check(demo, line)
            #expect(!checked.fellBack, "\(line) fell back")
            #expect(checked.fast == checked.full, "\(line)")
            if takesValue, spelling.hasPrefix("--") {
                let joined = try Self.check(demo, [command] + positional + ["\(spelling)=\(Self.sampleValue(spelling, config: config))"])
                #expect(joined.fast == joined.full, "\(spelling)=…")
            }
        }
    }

    /// Lines as people type them, and lines the fast reader must leave to ArgumentParser; in
    /// every case the two agree or the fast reader stood aside.
    @Test func everydayAndAwkwardLines() throws {
        let demo = try DemoRun()
        let everyday: [[String]] = [
            [], ["--demo"], ["--theme", "light", "-d"], ["tui", "--theme=mono"],
            ["todo-noones", "-g", "nova", "libvirt/"],
            ["todo-anyones", "--branch", "master", "--field", "url", "--field", "subject:50"],
            ["todo-approvable", "--strict", "-m", "json"],
            ["todo-expirable", "--age", "45", "--sort", "lastUpdated"],
            ["changes", "--status", "open", "-p", "openstack/nova", "--sort", "lastUpdated:rev", "-l", "10"],
            ["changes", "--no-cache", "--refresh", "--no-deps", "--approval", "Code-Review>=1", "file.py", "other/"],
            ["comments", "1035", "--current", "--no-all", "--patch", "2"],
            ["comments", "--all", "I0123456789abcdef0123456789abcdef01234567"],
            ["openreviewstats", "-g", "nova", "--days", "14", "--branch", "stable/x", "--branch", "master"],
            ["patchreviewstats", "--all-groups", "--days", "60", "-q"],
            ["patchreviewrate", "-p", "openstack/nova", "--field", "user", "--field", "total", "-d"],
        ]
        for line in everyday {
            let checked = try Self.check(demo, line)
            #expect(!checked.fellBack, "\(line) fell back")
            #expect(checked.fast == checked.full, "\(line)")
        }
        let awkward: [[String]] = [
            ["todo-mine", "--limit", "-3"], ["todo-mine", "-l", "x"], ["todo-mine", "-l"], ["todo-mine", "--sort", "a", "--sort", "b"],
            ["todo-mine", "-dq"], ["todo-mine", "--", "-file"], ["todo-mine", "-"], ["todo-mine", "--nope"], ["todo-mine", "--debug=yes"],
            ["todo-mine", "--cache", "--no-cache"], ["todo-mine", "-m", "yaml"], ["todo-mine", "-g", "a", "-p", "b"],
            ["todo-expirable", "--age", "-1"], ["comments"], ["comments", "1", "2"], ["patchreviewrate", "extra"],
            ["todo-mine", "--help"], ["changes", "-h"], ["todo-mine", "-l5"], ["todo-mine", "--sort="],
            ["--version"], ["--help"], ["-q", "todo-mine"], ["--demo", "changes"], ["tui", "x"], ["--theme"],
        ]
        for line in awkward {
            let checked = try Self.check(demo, line)
            #expect(checked.fellBack || checked.fast == checked.full, "\(line)")
        }
        // What the fast reader must refuse because ArgumentParser refuses it.
        for line in [["todo-mine", "-m", "yaml"], ["todo-mine", "-g", "a", "-p", "b"], ["comments"], ["todo-expirable", "--age", "-1"],
                     ["todo-mine", "--sort="]] {
            let checked = try Self.check(demo, line)
            #expect(checked.fellBack && checked.full.hasPrefix("error: "), "\(line): \(checked.full)")
        }
    }

    /// The same report, byte for byte, whichever reader read the line.
    @Test func bothReadersGiveTheSameReport() throws {
        let demo = try DemoRun()
        for line in [["todo-noones", "--demo", "-g", "nova", "--sort", "project"], ["comments", "--demo", "1035", "--all"],
                     ["patchreviewstats", "--demo", "--all-groups", "-m", "csv"]] {
            let fast = try demo.run(line)
            let full = try demo.run(line, environment: ["GERRYMANDER_PARSER": "full"])
            #expect(fast.status == 0 && fast.status == full.status, "\(line): \(fast.stderr)")
            #expect(!fast.stdout.isEmpty && fast.stdout == full.stdout && fast.stderr == full.stderr, "\(line)")
        }
    }
}
