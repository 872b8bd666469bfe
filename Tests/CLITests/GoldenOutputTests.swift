import Foundation
import GerritTestSupport
import Testing

/// One command in one output mode over the fixed demo dataset.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    var command: String
    var mode: String
    var arguments: [String]

    var testDescription: String { "\(command) -m \(mode)" }
    var fileName: String { "\(command).\(mode == "text" ? "txt" : mode)" }
}

/// Golden files in Tests/CLITests/Golden; `RECORD_GOLDEN=1 swift test --filter GoldenOutputTests`
/// re-records them.
@Suite("Golden output of changes and the todo lists")
struct GoldenOutputTests {
    static let modes = ["text", "json", "xml", "csv"]
    static let commands: [(String, [String])] = [
        ("changes", ["--status", "open", "-g", "nova", "--deps"]),
        ("todo-mine", ["-g", "nova"]),
        ("todo-others", ["-g", "nova"]),
        ("todo-anyones", ["-g", "nova"]),
        ("todo-noones", ["-g", "nova"]),
        ("todo-approvable", ["-g", "nova", "--strict"]),
        ("todo-expirable", ["-g", "nova", "--age", "30"]),
    ]
    static let cases: [GoldenCase] = commands.flatMap { command, arguments in
        modes.map { GoldenCase(command: command, mode: $0, arguments: ["--demo", command] + arguments + ["-m", $0]) }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: cases)
    func matchesTheGoldenFile(_ golden: GoldenCase) throws {
        let result = try DemoRun().run(golden.arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
        let file = Self.folder.appendingPathComponent(golden.fileName)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if result.stdout != expected {
            let got = result.stdout.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record("""
            \(golden.fileName) differs at line \(line + 1) (RECORD_GOLDEN=1 re-records):
            expected: \(line < want.count ? want[line] : "<end>")
                 got: \(line < got.count ? got[line] : "<end>")
            """)
        }
    }

    @Test func everyTodoListHasRowsInTheDemo() throws {
        for (command, arguments) in Self.commands {
            let result = try DemoRun().run(["--demo", command] + arguments + ["-m", "json"])
            #expect(try DemoRun.jsonRows(result.stdout).count > 0, "\(command) is empty")
        }
    }
}
