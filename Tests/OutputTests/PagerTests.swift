import Foundation
import Output
import Testing

@Suite struct PagerTests {
    @Test func noPagerWhenStdoutIsNotATerminal() {
        #expect(Pager.choose(isTTY: false, environment: ["PAGER": "less"]) == .direct)
    }

    @Test func defaultIsLessWithFRSXWhenLessIsUnset() {
        #expect(Pager.choose(isTTY: true, environment: [:])
            == .pager(PagerCommand(arguments: ["less"], environment: ["LESS": "FRSX"])))
        #expect(Pager.choose(isTTY: true, environment: ["LESS": "R"])
            == .pager(PagerCommand(arguments: ["less"], environment: [:])))
    }

    @Test func gerrymanderPagerWinsOverPager() {
        let choice = Pager.choose(isTTY: true, environment: ["GERRYMANDER_PAGER": "most", "PAGER": "less", "LESS": ""])
        #expect(choice == .pager(PagerCommand(arguments: ["most"])))
    }

    @Test func valuesWithArgumentsAreSplitLikeAShell() {
        #expect(Pager.choose(isTTY: true, environment: ["PAGER": "less -R", "LESS": "X"])
            == .pager(PagerCommand(arguments: ["less", "-R"])))
        #expect(Pager.choose(isTTY: true, environment: ["PAGER": "'/opt/my pager/bin/pg' -s \"a b\"", "LESS": "X"])
            == .pager(PagerCommand(arguments: ["/opt/my pager/bin/pg", "-s", "a b"])))
    }

    @Test func catOrEmptyDisablesThePager() {
        #expect(Pager.choose(isTTY: true, environment: ["PAGER": "cat"]) == .direct)
        #expect(Pager.choose(isTTY: true, environment: ["PAGER": "/bin/cat"]) == .direct)
        #expect(Pager.choose(isTTY: true, environment: ["GERRYMANDER_PAGER": "", "PAGER": "less"]) == .direct)
        #expect(Pager.choose(isTTY: true, environment: ["PAGER": "   "]) == .direct)
    }

    @Test func unbalancedQuotesWarnAndShowDirectly() {
        guard case .unusable(let warning) = Pager.choose(isTTY: true, environment: ["PAGER": "less '-R"]) else {
            Issue.record("expected an unusable pager")
            return
        }
        #expect(warning == "cannot use PAGER='less '-R': unbalanced quotes; showing output directly")
    }

    @Test func aMissingPagerFailsBeforeAnythingIsWritten() {
        #expect(throws: PagerError.notFound(program: "no-such-pager-xyz")) {
            try Pager.run(PagerCommand(arguments: ["no-such-pager-xyz"]), text: "x", environment: ["PATH": "/usr/bin:/bin"])
        }
        #expect(PagerError.notFound(program: "pg").description == "pager 'pg' not found in PATH")
    }

    @Test func aPagerWithArgumentsReceivesTheTextAndTheEnvironment_bug9_11() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pager-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let command = PagerCommand(
            arguments: ["sh", "-c", "printf '%s|' \"$LESS\" > \"$1\"; cat >> \"$1\"", "sh", file.path],
            environment: ["LESS": "FRSX"])
        try Pager.run(command, text: "Changes\n-------\n", environment: ["PATH": "/usr/bin:/bin"])
        #expect(try String(contentsOf: file, encoding: .utf8) == "FRSX|Changes\n-------\n")
    }

    @Test func shellWordsHandleQuotesAndEscapes() {
        #expect(splitShellWords("less -R") == ["less", "-R"])
        #expect(splitShellWords("  most   -s  ") == ["most", "-s"])
        #expect(splitShellWords(#"a\ b "c \"d\"" 'e\f' """#) == ["a b", "c \"d\"", "e\\f", ""])
        #expect(splitShellWords("") == [])
        #expect(splitShellWords("less \"-R") == nil)
        #expect(splitShellWords("less \\") == nil)
    }
}
