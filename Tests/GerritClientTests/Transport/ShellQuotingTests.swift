import Foundation
import GerritClient
import GerritRemote
import Testing

@Suite struct ShellQuotingTests {
    @Test func plainWordsStayBare() {
        #expect(RemoteCommand(["gerrit", "query", "--format=JSON", "status:open", "limit:500"]).quoted
                == "gerrit query --format=JSON status:open limit:500")
    }

    @Test func awkwardWordsAreSingleQuoted() {
        #expect(ShellQuoting.quote("") == "''")
        #expect(ShellQuoting.quote("a b") == "'a b'")
        #expect(ShellQuoting.quote("it's") == #"'it'\''s'"#)
        #expect(ShellQuoting.quote("$HOME") == "'$HOME'")
        #expect(ShellQuoting.quote("(status:open OR is:wip)") == "'(status:open OR is:wip)'")
        #expect(ShellQuoting.quote("é") == "'é'")
    }

    /// The remote splitter behaves like a POSIX shell: every string must come back unchanged.
    @Test(arguments: [
        ["it's", "\"double\"", "$HOME", "`id`", "a\nb", "é", "漢字", "", "  ", "back\\slash", "{x y}", "*", "'", "''", "a'b'c", "😀", "\t", "-n"],
        ["project:demo/proj", "AND", "(", "reviewer:\"Zoë O'Brien\"", ")"],
    ])
    func stringsSurviveAPosixShell(_ arguments: [String]) throws {
        #expect(try ShellSplit.split(ShellQuoting.join(arguments)) == arguments)
    }

    @Test func randomStringsSurviveAPosixShell() throws {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array(#"a Z0'"\$`!*?[]{}();&|<>~#%^=\#n\#t é漢字😀-"#)
        var batch: [String] = []
        for _ in 0..<200 {
            let length = Int.random(in: 0...12, using: &generator)
            batch.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" }))
        }
        #expect(try ShellSplit.split(ShellQuoting.join(batch)) == batch)
    }
}

/// Splits a command line with /bin/sh (the same splitter the test sshd's ForceCommand uses).
enum ShellSplit {
    static func split(_ line: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "eval \"set -- $1\"; for a in \"$@\"; do printf '%s\\0' \"$a\"; done", "sh", line]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var parts = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if parts.last == "" { parts.removeLast() }
        return parts
    }
}

/// A small deterministic generator (SplitMix64) so the random test is reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Gerrit's own SSH command-line splitter, restated from its documented behaviour: spaces and
/// tabs separate words outside quotes; `'…'` and `"…"` quote; a backslash outside single quotes
/// takes the next character literally; empty words are dropped.
enum GerritSplit {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var single = false
        var double = false
        var characters = Array(line.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            switch scalar {
            case " ", "\t":
                if single || double { word.unicodeScalars.append(scalar) } else if !word.isEmpty { words.append(word); word = "" }
            case "\"":
                if single { word.unicodeScalars.append(scalar) } else { double.toggle() }
            case "'":
                if double { word.unicodeScalars.append(scalar) } else { single.toggle() }
            case "\\":
                if single || characters.isEmpty { word.unicodeScalars.append(scalar) } else if let next = characters.popFirst() {
                    word.unicodeScalars.append(next)
                }
            default:
                word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}

@Suite struct GerritSplitterCompatibilityTests {
    @Test func quotedArgumentsSurviveGerritsSplitter() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array(#"a Z0'"\$`!*?{}()\#n\#t é漢字😀-"#)
        var batch: [String] = ["gerrit", "query", "--format=JSON", "reviewer:\"Zoë O'Brien\"", "it's", "a\\b"]
        for _ in 0..<200 {
            // Gerrit drops empty words, so only non-empty arguments can round-trip.
            let length = Int.random(in: 1...12, using: &generator)
            batch.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" }))
        }
        #expect(GerritSplit.split(ShellQuoting.join(batch)) == batch)
    }
}
